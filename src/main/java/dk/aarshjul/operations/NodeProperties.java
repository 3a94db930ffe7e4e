package dk.aarshjul.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This node of the application. {@code id} names it as the owner of the jobs it locks; it must be the same when the
 * node is restarted and differ between nodes that run at the same time. Empty: the host name and the HTTP port; on a
 * random port (0) a name of its own for this run, which a restart does not know again.
 */
@ConfigurationProperties("aarshjul.node")
record NodeProperties(String id) {

	String idOr(int port) {
		if (id != null && !id.isBlank()) {
			return id.strip();
		}
		try {
			String host = InetAddress.getLocalHost().getHostName();
			return port == 0 ? host + ":" + UUID.randomUUID() : host + ":" + port;
		}
		catch (UnknownHostException e) {
			throw new IllegalStateException("This host has no name; set AARSHJUL_NODE_ID", e);
		}
	}
}
