package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ports for local platforms")
class FreePortsTest {

  @Test
  @DisplayName("are below the kernel's ephemeral range, never handed out twice, and free")
  void belowTheEphemeralRange() throws IOException {
    Set<Integer> ports = new HashSet<>();
    for (int n = 0; n < 200; n++) {
      int port = FreePorts.next();
      assertThat(port).isBetween(1024, 32767);
      assertThat(ports.add(port)).describedAs("port %d handed out twice", port).isTrue();
    }
    try (ServerSocket taken = new ServerSocket()) {
      int port = FreePorts.next();
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      assertThat(taken.getLocalPort()).isEqualTo(port);
    }
  }
}
