package dev.gorewrite.git;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.agent.common.AbstractAgentClient;
import org.apache.sshd.agent.local.AgentImpl;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * An ssh-agent for tests: Apache sshd's in-memory agent holding one key, served on a Unix domain
 * socket as OpenSSH's ssh-agent serves SSH_AUTH_SOCK. Counts the requests it answered.
 */
final class TestAgent implements AutoCloseable {
    final Path socket;
    final AtomicInteger requests = new AtomicInteger();
    private final AgentImpl agent = new AgentImpl();
    private final ServerSocketChannel server;
    private final Thread acceptor;

    TestAgent(Path socket, KeyPair key) throws IOException {
        this.socket = socket;
        agent.addIdentity(key, "test key");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(this::serve, "test-ssh-agent");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread t = new Thread(() -> answer(client), "test-ssh-agent-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(SocketChannel client) {
        AbstractAgentClient protocol = new AbstractAgentClient(agent) {
            @Override
            protected void reply(Buffer buf) throws IOException {
                requests.incrementAndGet();
                ByteBuffer out = ByteBuffer.wrap(buf.array(), buf.rpos(), buf.available());
                while (out.hasRemaining()) {
                    client.write(out);
                }
            }
        };
        try (client) {
            ByteBuffer in = ByteBuffer.allocate(64 * 1024);
            while (client.read(in) >= 0) {
                in.flip();
                byte[] chunk = new byte[in.remaining()];
                in.get(chunk);
                in.clear();
                protocol.messageReceived(new ByteArrayBuffer(chunk));
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
