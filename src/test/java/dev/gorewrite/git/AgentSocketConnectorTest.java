package dev.gorewrite.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.eclipse.jgit.internal.transport.sshd.agent.SshAgentClient;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK-socket ssh-agent connector, against a real agent protocol implementation, through JGit's agent client. */
class AgentSocketConnectorTest {
    @TempDir
    Path tmp;

    @Test
    void listsTheAgentsKeysAndHasThemSign() throws Exception {
        KeyPair key = rsa();
        try (TestAgent agent = new TestAgent(tmp.resolve("agent.sock"), key)) {
            AgentSocketConnectorFactory factory = new AgentSocketConnectorFactory(
                    name -> name.equals("SSH_AUTH_SOCK") ? agent.socket.toString() : null);
            try (SshAgentClient client = new SshAgentClient(factory.create(null, tmp.toFile()))) {
                List<PublicKey> keys = StreamSupport.stream(client.getIdentities().spliterator(), false)
                        .map(Map.Entry::getKey).map(PublicKey.class::cast).toList();
                assertThat(keys).containsExactly(key.getPublic());

                byte[] data = "session data".getBytes(StandardCharsets.UTF_8);
                Map.Entry<String, byte[]> signed = client.sign(null, key.getPublic(), "rsa-sha2-256", data);

                assertThat(signed.getKey()).isEqualTo("rsa-sha2-256");
                Signature verifier = BuiltinSignatures.rsaSHA256.create();
                verifier.initVerifier(null, key.getPublic());
                verifier.update(null, data);
                assertThat(verifier.verify(null, signed.getValue())).isTrue();
            }
            assertThat(agent.requests.get()).isEqualTo(2);
        }
    }

    @Test
    void noAgentMeansNoConnectionRatherThanAnError() throws Exception {
        AgentSocketConnectorFactory factory = new AgentSocketConnectorFactory(name -> null);
        try (Connector connector = factory.create("SSH_AUTH_SOCK", tmp.toFile())) {
            assertThat(connector.connect()).isFalse();
        }
        AgentSocketConnectorFactory gone = new AgentSocketConnectorFactory(name -> tmp.resolve("gone.sock").toString());
        try (Connector connector = gone.create(null, tmp.toFile())) {
            assertThat(connector.connect()).isFalse();
        }
    }

    @Test
    void identityAgentFromSshConfigIsAPathAVariableOrNone() throws Exception {
        Path socket = Files.createFile(tmp.resolve("sock"));
        File home = tmp.toFile();
        AgentSocketConnectorFactory factory = new AgentSocketConnectorFactory(
                name -> name.equals("MY_AGENT") ? socket.toString() : null);

        assertThat(factory.socket(socket.toString(), home)).isEqualTo(socket);
        assertThat(factory.socket("$MY_AGENT", home)).isEqualTo(socket);
        assertThat(factory.socket("${MY_AGENT}", home)).isEqualTo(socket);
        assertThat(factory.socket("~/sock", home)).isEqualTo(socket);
        assertThat(factory.socket("none", home)).isNull();
        assertThat(factory.socket("SSH_AUTH_SOCK", home)).isNull();
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
