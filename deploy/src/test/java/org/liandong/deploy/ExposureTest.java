package org.liandong.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nothing is open by default: the API documents need a signed-in user like everything else, and the
 * local platform listens on loopback only unless told otherwise, as its demo passwords are
 * published.
 */
@DisplayName("Closed by default")
class ExposureTest {

  private static LocalPlatform platform;

  @BeforeAll
  static void platform() {
    platform = TestPlatforms.shared();
  }

  @ParameterizedTest(name = "{0} needs sign-in on both sides")
  @ValueSource(strings = {"/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html"})
  void documentsNeedSignIn(String path) {
    for (int port : new int[] {platform.commandPort(), platform.queryPort()}) {
      Http.Response anonymous =
          Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }
    assertThat(Http.get("http://localhost:" + platform.commandPort() + "/v3/api-docs").status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("both HTTP ports, the embedded MongoDB and the embedded broker are on loopback")
  void loopback() throws Exception {
    assertThat(connectorAddress(platform.commandSide()).isLoopbackAddress()).isTrue();
    assertThat(connectorAddress(platform.querySide()).isLoopbackAddress()).isTrue();
    String mongoHost = URI.create(platform.mongoUri()).getHost();
    assertThat(InetAddress.getByName(mongoHost).isLoopbackAddress()).isTrue();
    String kafkaHost = platform.kafkaBootstrapServers().split(":")[0];
    assertThat(InetAddress.getByName(kafkaHost).isLoopbackAddress()).isTrue();
  }

  static InetAddress connectorAddress(ConfigurableApplicationContext side) {
    TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) side).getWebServer();
    return (InetAddress) server.getTomcat().getConnector().getProperty("address");
  }
}
