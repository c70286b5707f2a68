package org.liandong.deploy;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded stand-in for MongoDB: mongo-java-server, spoken to over the real wire protocol. It
 * keeps data in an H2 MVStore file across restarts, and answers no command before what it did is in
 * the file ({@link DurableH2Backend}). Its limits are in docs/adr/0003. It has no in-memory mode:
 * mongo-java-server's memory backend changes a stored document in place while readers may be
 * encoding it, so a reader could see it between two updates.
 */
final class EmbeddedMongo implements AutoCloseable {

  /**
   * Threads serving connections. A command waits on its thread for the commit that makes it
   * durable, and a thread serves every connection it was given, so with netty's default of two per
   * core one waiting command held up every other connection of its thread: the publisher's lookups
   * took 60 ms each behind commands that were not theirs. One thread per connection the platform's
   * clients may open lets the waits overlap, and one commit serve them all.
   */
  private static final int WORKER_THREADS = 256;

  private final MongoServer server;
  private final InetSocketAddress address;

  private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
    this.server = server;
    this.address = address;
  }

  /** Starts on {@code port} (0: any free port) of {@code address}, keeping data in {@code file}. */
  static EmbeddedMongo start(Path file, String address, int port) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MongoServer server = new MongoServer(DurableH2Backend.open(file.toAbsolutePath()));
    server.bind(new InetSocketAddress(address, port), 1, WORKER_THREADS);
    return new EmbeddedMongo(server, server.getLocalAddress());
  }

  /** Where clients connect: the bound address, or loopback when bound to every interface. */
  String uri() {
    String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
    return "mongodb://" + host + ":" + address.getPort();
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
