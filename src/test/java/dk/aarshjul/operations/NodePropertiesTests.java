package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/** The name a node locks jobs under: stable across restarts unless it cannot be. */
class NodePropertiesTests {

	@Test
	void aConfiguredNameIsUsedAsItIs() {
		assertThat(new NodeProperties(" node-a ").idOr(8080)).isEqualTo("node-a");
	}

	@Test
	void withoutOneTheHostAndPortNameTheNode() throws Exception {
		assertThat(new NodeProperties("").idOr(8080)).isEqualTo(InetAddress.getLocalHost().getHostName() + ":8080");
		assertThat(new NodeProperties(null).idOr(8080)).isEqualTo(new NodeProperties(" ").idOr(8080));
	}

	@Test
	void onARandomPortEachRunHasANameOfItsOwn() {
		// Two nodes on one host with random ports must never release each other's jobs.
		assertThat(new NodeProperties(null).idOr(0)).isNotEqualTo(new NodeProperties(null).idOr(0));
	}
}
