package org.liandong.web.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liandong.model.code.RightType;
import org.liandong.model.reference.ReferenceData;
import org.liandong.web.api.Downloads;
import org.liandong.web.api.PublicationApi;
import org.liandong.web.api.QueryApi;
import org.liandong.web.signin.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Typical cases as the reader may read them (the published ones; drafts to the office and the
 * proposing department alone), filtered as the query side allows, one case, and the published list
 * as a PDF.
 */
@Controller
class TypicalCasePages {

  /** The listing's filters, as the query side names them. */
  static final List<String> FILTERS = List.of("year", "campaign", "right", "region", "status");

  /** A case's standings, as the query side names them, for the filter. */
  static final List<String> STATUSES = List.of("PROPOSED", "RETURNED", "PUBLISHED");

  private final PublicationApi publication;
  private final QueryApi queries;
  private final Downloads downloads;

  TypicalCasePages(PublicationApi publication, QueryApi queries, Downloads downloads) {
    this.publication = publication;
    this.queries = queries;
    this.downloads = downloads;
  }

  @GetMapping("/typical-cases")
  String list(@RequestParam Map<String, String> query, SignedInUser user, Model model) {
    Map<String, String> filters = filters(query);
    model.addAttribute("filters", filters);
    model.addAttribute("cases", publication.typicalCases(filters));
    // A provincial office reads no campaign: it filters by the other fields.
    model.addAttribute(
        "campaigns", user != null && user.readsCampaigns() ? queries.campaigns() : List.of());
    model.addAttribute("rights", RightType.values());
    model.addAttribute("regions", ReferenceData.instance().regions());
    model.addAttribute("statuses", STATUSES);
    return "typicalcases/list";
  }

  @GetMapping("/typical-cases/{typicalCaseId}")
  String one(@PathVariable String typicalCaseId, Model model) {
    model.addAttribute("typical", publication.typicalCase(typicalCaseId));
    return "typicalcases/case";
  }

  /** The published cases of the filters as a PDF, made by the query side (it holds no drafts). */
  @GetMapping("/typical-cases/printable")
  void printable(@RequestParam Map<String, String> query, HttpServletResponse response) {
    Map<String, String> filters = filters(query);
    filters.remove("status");
    downloads.copy("/printable/typical-cases", filters, response);
  }

  private static Map<String, String> filters(Map<String, String> query) {
    Map<String, String> filters = new LinkedHashMap<>();
    FILTERS.stream()
        .filter(name -> query.get(name) != null && !query.get(name).isBlank())
        .forEach(name -> filters.put(name, query.get(name).strip()));
    return filters;
  }
}
