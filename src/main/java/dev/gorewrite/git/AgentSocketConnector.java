package dev.gorewrite.git;

import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;

/**
 * One connection to an ssh-agent over its Unix domain socket: a request is the 4-byte length, the
 * command byte and the payload (AbstractConnector frames it); the reply is a length and that many bytes.
 */
final class AgentSocketConnector extends AbstractConnector {
    private final Path socket;
    private SocketChannel channel;

    AgentSocketConnector(Path socket) {
        this.socket = socket;
    }

    @Override
    public synchronized boolean connect() throws IOException {
        if (socket == null) {
            return false;
        }
        if (channel == null) {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        }
        return true;
    }

    @Override
    public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
        if (channel == null) {
            throw new IllegalStateException("not connected to the ssh-agent");
        }
        prepareMessage(command, message);
        ByteBuffer out = ByteBuffer.wrap(message);
        while (out.hasRemaining()) {
            channel.write(out);
        }
        byte[] length = readFully(4);
        return readFully(toLength(command, length));
    }

    private byte[] readFully(int n) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(n);
        while (in.hasRemaining()) {
            if (channel.read(in) < 0) {
                throw new EOFException("ssh-agent closed the connection after " + in.position() + " of " + n + " bytes");
            }
        }
        return in.array();
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
