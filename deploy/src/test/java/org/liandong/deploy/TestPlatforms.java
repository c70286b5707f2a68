package org.liandong.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.util.FileSystemUtils;

/**
 * Whole platforms for tests, on free ports with their data in a fresh temporary folder. Most tests
 * share one, started on first use and stopped when the test JVM ends.
 */
final class TestPlatforms {

  /** The identity provider whose bearer tokens the test platforms take. */
  static final KeyPairIdentityProvider IDENTITY_PROVIDER = new KeyPairIdentityProvider();

  private static LocalPlatform shared;
  private static LocalPlatform forBrowsers;

  private TestPlatforms() {}

  /**
   * The shared platform, with the web app and its identity provider, which signs with {@link
   * #IDENTITY_PROVIDER}'s key like the tests' own tokens.
   */
  static synchronized LocalPlatform shared() {
    if (shared == null) {
      shared = startRemovedAtExit();
    }
    return shared;
  }

  /**
   * The platform every browser test class shares, with the demo data, the web app and its identity
   * provider. Not {@link #shared()}: other tests use up the office's writes of the minute there.
   */
  static synchronized LocalPlatform forBrowsers() {
    if (forBrowsers == null) {
      forBrowsers = startRemovedAtExit();
    }
    return forBrowsers;
  }

  static LocalPlatformProperties settings(Path dataDir, boolean demoData) {
    return new LocalPlatformProperties(
        dataDir,
        null,
        null,
        0,
        FreePorts.next(),
        FreePorts.next(),
        0,
        0,
        demoData,
        Duration.ofSeconds(1),
        TestPlatforms.IDENTITY_PROVIDER.publicKeyLocation(),
        "127.0.0.1",
        false,
        true,
        true,
        false,
        0,
        0);
  }

  /**
   * The same settings with the web app and the identity provider on free ports. Start it with
   * {@link #IDENTITY_PROVIDER}, so that the provider signs with the key the sides are given.
   */
  static LocalPlatformProperties withWebApp(LocalPlatformProperties settings) {
    return new LocalPlatformProperties(
        settings.dataDir(),
        settings.mongoUri(),
        settings.kafkaBootstrapServers(),
        settings.mongoPort(),
        settings.kafkaPort(),
        settings.kafkaControllerPort(),
        settings.commandPort(),
        settings.queryPort(),
        settings.demoData(),
        settings.overdueCheckInterval(),
        settings.jwtPublicKeyLocation(),
        settings.bindAddress(),
        settings.kafkaAuthentication(),
        settings.commandSide(),
        settings.querySide(),
        true,
        FreePorts.next(),
        FreePorts.next());
  }

  /**
   * A platform with the demo data and the web app on a folder of its own, closed and its folder
   * removed when the JVM exits: in one hook, since the broker halts the JVM if its log folder
   * vanishes while it still runs.
   */
  private static LocalPlatform startRemovedAtExit() {
    try {
      Path folder = Files.createTempDirectory("liandong-test-");
      LocalPlatform platform =
          LocalPlatform.start(withWebApp(settings(folder, true)), IDENTITY_PROVIDER);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    platform.close();
                    FileSystemUtils.deleteRecursively(folder.toFile());
                  }));
      return platform;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves a freshly launched campaign into mobilisation, from when it takes reports. */
  static void mobilise(String commands, String campaignId) {
    Http.Response response =
        Http.post(commands + "/campaigns/" + campaignId + "/phase", "{\"to\": \"MOBILISATION\"}");
    if (response.status() != 201) {
      throw new IllegalStateException("could not mobilise " + campaignId + ": " + response.body());
    }
  }
}
