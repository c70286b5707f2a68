package org.liandong.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.code.DepartmentCode;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

@DisplayName("Request limits")
class RequestLimitsTest {

  private final RequestLimits limits =
      new RequestLimits(
          new AccessProperties(
              List.of(),
              new AccessProperties.Claims("role", "department", "region"),
              DataSize.ofKilobytes(1),
              10,
              2,
              "liandong-access"),
          new AuditLog(),
          null);

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @DisplayName("a user's changes beyond the limit are refused with 429; reads are not counted")
  void writesPerUser() throws Exception {
    Actor mps = new Actor("mps", Role.DEPARTMENT, new DepartmentCode("MPS"), null);
    SecurityContextHolder.getContext().setAuthentication(new ActorToken(mps, null));

    assertThat(status("GET")).isEqualTo(200);
    assertThat(status("POST")).isEqualTo(200);
    assertThat(status("PUT")).isEqualTo(200);
    assertThat(status("POST")).isEqualTo(429);
    assertThat(status("GET")).isEqualTo(200);
  }

  @Test
  @DisplayName("a body over the limit is refused with 413, one of unknown length with 411")
  void bodySize() throws Exception {
    MockHttpServletRequest large = new MockHttpServletRequest("POST", "/campaigns");
    large.setContent(new byte[2048]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limits.bodySize().doFilter(large, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).startsWith("application/problem+json");

    MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/campaigns");
    chunked.addHeader("Transfer-Encoding", "chunked");
    response = new MockHttpServletResponse();
    limits.bodySize().doFilter(chunked, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(411);
  }

  private int status(String method) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    limits
        .writes()
        .doFilter(
            new MockHttpServletRequest(method, "/campaigns"), response, new MockFilterChain());
    return response.getStatus();
  }
}
