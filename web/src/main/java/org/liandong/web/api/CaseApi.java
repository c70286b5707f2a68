package org.liandong.web.api;

import static org.liandong.web.api.JsonChanges.post;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * Case files: handing a case from one department to another, the receiver's acceptance or return,
 * and reading the cases a user may see.
 */
public final class CaseApi {

  private static final String TRANSFER = "/cases/{case}/transfers/{transfer}";

  private final RestClient commands;
  private final RestClient queries;

  CaseApi(RestClient commands, RestClient queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /**
   * Transfers a case: a new one from the department opening it, or one it holds onwards. The body
   * holds {@code from}, {@code to}, {@code region}, {@code title} and optionally {@code
   * campaignId}, {@code reports} and {@code note}.
   */
  public void transfer(String caseId, String transferId, Map<String, Object> body) {
    post(commands, TRANSFER, body, caseId, transferId);
  }

  public void accept(String caseId, String transferId, String department) {
    post(commands, TRANSFER + "/acceptance", Map.of("department", department), caseId, transferId);
  }

  /** Gives the case back to its sender, with the reason. */
  public void giveBack(String caseId, String transferId, String department, String reason) {
    post(
        commands,
        TRANSFER + "/return",
        Map.of("department", department, "reason", reason),
        caseId,
        transferId);
  }

  /** The cases a department holds or that wait for it; every case for a reader of everything. */
  public List<CaseFile> cases(String department) {
    return queries
        .get()
        .uri(
            builder ->
                department == null
                    ? builder.path("/cases").build()
                    : builder.path("/cases").queryParam("department", department).build())
        .retrieve()
        .body(new ParameterizedTypeReference<List<CaseFile>>() {});
  }

  /** A case, if the user may read it and the query side has it yet. */
  public Optional<CaseFile> caseFile(String caseId) {
    try {
      return Optional.of(
          queries.get().uri("/cases/{case}", caseId).retrieve().body(CaseFile.class));
    } catch (ApiProblem problem) {
      if (problem.status() == 404) {
        return Optional.empty();
      }
      throw problem;
    }
  }
}
