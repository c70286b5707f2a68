package org.liandong.web.signin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@DisplayName("The signed-in user a page handler gets")
class SignedInUsersTest {

  private final MockMvc pages =
      MockMvcBuilders.standaloneSetup(new Probe())
          .setCustomArgumentResolvers(new SignedInUsers())
          .build();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @DisplayName("comes from the ID token, whatever the form says of role, department and region")
  void fromTheTokenAlone() throws Exception {
    SecurityContextHolder.getContext()
        .setAuthentication(
            signedIn(Map.of("role", "DEPARTMENT", "department", "SAMR", "region", "13")));

    pages
        .perform(
            post("/probe")
                .param("name", "office")
                .param("role", "OFFICE")
                .param("department", "MPS")
                .param("region", "11"))
        .andExpect(content().string("samr.li DEPARTMENT SAMR 13"));
  }

  @Test
  @DisplayName("is nobody when no one is signed in, even if the form names someone")
  void nobody() throws Exception {
    pages
        .perform(post("/probe").param("name", "office").param("role", "OFFICE"))
        .andExpect(content().string("nobody"));
  }

  private static OAuth2AuthenticationToken signedIn(Map<String, Object> claims) {
    OidcIdToken token =
        OidcIdToken.withTokenValue("t")
            .subject("s-1")
            .claim("preferred_username", "samr.li")
            .claims(all -> all.putAll(claims))
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(60))
            .build();
    DefaultOidcUser user = new DefaultOidcUser(List.of(), token);
    return new OAuth2AuthenticationToken(user, List.of(), "liandong");
  }

  @Controller
  static class Probe {

    @PostMapping("/probe")
    @ResponseBody
    String who(SignedInUser user) {
      return user == null
          ? "nobody"
          : String.join(" ", user.name(), user.role().name(), user.department(), user.region());
    }
  }
}
