package org.liandong.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for local platforms that programs start side by side (the tests, the benchmark). Each is
 * taken below the kernel's ephemeral range (from 32768 on Linux by default), where the system never
 * picks one of its own (a listener asking for port 0, such as the stand-in's; the local end of an
 * outgoing connection), so that no such socket can take it between its choice and the platform's
 * bind; and none is handed out twice in one JVM.
 */
public final class FreePorts {

  private static final int LOWEST = 20_000;
  private static final int SPAN = 12_000;
  private static final int ATTEMPTS = 1_000;
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private FreePorts() {}

  /** A loopback port nothing listens on now, not handed out before. */
  public static int next() {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int port = LOWEST + ThreadLocalRandom.current().nextInt(SPAN);
      if (HANDED_OUT.add(port) && bindable(port)) {
        return port;
      }
    }
    throw new IllegalStateException(
        "no free port from " + LOWEST + " to " + (LOWEST + SPAN - 1) + " after " + ATTEMPTS);
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
