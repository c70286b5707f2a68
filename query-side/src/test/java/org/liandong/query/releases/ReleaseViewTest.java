package org.liandong.query.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.ReportRetracted;
import org.liandong.model.campaign.WebsiteClosure;
import org.liandong.model.campaign.WebsitesClosed;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.event.DomainEvent;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.model.publication.Bilingual;
import org.liandong.model.publication.ReleaseId;
import org.liandong.model.publication.ReleaseIssued;
import org.liandong.model.publication.ReleaseTextAmended;
import org.liandong.query.InMemoryMongo;
import org.liandong.query.cases.CaseFiles;
import org.liandong.query.reports.ReportLedger;
import org.liandong.query.reports.ReportLedgerProjection;
import org.liandong.query.statistics.YearFigures;
import org.liandong.query.web.NotFoundException;

@DisplayName("Releases: figures frozen as of the cut-off, later reports shown as adjustments")
class ReleaseViewTest {

  private static final String CAMPAIGN = "SWORD-NET-2020";
  private static final Instant CUT_OFF = Instant.parse("2021-04-25T16:00:00Z");
  private static final Actor OFFICE = new Actor("office", Role.OFFICE, null, null);

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final InMemoryMongo.Fed ledger = mongo.fed(new ReportLedgerProjection());
  private final InMemoryMongo.Fed releases = mongo.fed(new ReleaseProjection());
  private final ReleaseController controller =
      new ReleaseController(
          mongo.views(),
          new Releases(
              mongo.views(),
              new YearFigures(
                  mongo.views(),
                  new ReportLedger(mongo.views()),
                  new CaseFiles(mongo.views()),
                  mongo.summaries())),
          mongo.scope());

  @AfterEach
  void close() {
    mongo.close();
  }

  @Test
  @DisplayName(
      "a report recorded after the cut-off and a retraction since show as adjustments, and change"
          + " no released figure")
  void adjustments() {
    ledger.apply(at(1, CUT_OFF.minusSeconds(3600), closed("N-1", 2_884)));
    ledger.apply(at(2, CUT_OFF.minusSeconds(60), closed("N-2", 16)));
    releases.apply(issued(CUT_OFF.plusSeconds(3600)));
    ledger.apply(at(3, CUT_OFF.plusSeconds(60), closed("N-3", 100)));
    ledger.apply(
        at(
            4,
            CUT_OFF.plusSeconds(120),
            new ReportRetracted(
                new CampaignId(CAMPAIGN),
                new ReportId("N-2"),
                "entered twice",
                closed("N-2", 16))));

    ReleaseView release = controller.release("REL-2020-SWORD-NET", OFFICE);

    assertThat(release.figures().totals().count(Figure.WEBSITES_CLOSED)).isEqualTo(2_900);
    assertThat(release.figures().national().count(Figure.WEBSITES_CLOSED)).isEqualTo(2_900);
    assertThat(release.adjustments())
        .singleElement()
        .satisfies(
            adjustment -> {
              assertThat(adjustment.figure()).isEqualTo("websitesClosed");
              assertThat(adjustment.released()).isEqualByComparingTo("2900");
              assertThat(adjustment.current()).isEqualByComparingTo("2984");
              assertThat(adjustment.difference()).isEqualByComparingTo("84");
              assertThat(adjustment.reports())
                  .extracting(Adjustment.Change::reportId)
                  .containsExactly("N-2", "N-3");
            });
  }

  @Test
  @DisplayName("its history keeps the issue and each amendment; the text shown is the last")
  void history() {
    releases.apply(issued(CUT_OFF.plusSeconds(3600)));
    Bilingual amended = new Bilingual("剑网2020成果（修订）", "Sword Net 2020 results (amended)");
    releases.apply(
        envelope(
            1,
            CUT_OFF.plusSeconds(7200),
            new ReleaseTextAmended(
                new ReleaseId("REL-2020-SWORD-NET"), amended, text(), "title corrected")));

    ReleaseView release = controller.release("REL-2020-SWORD-NET", OFFICE);

    assertThat(release.title()).isEqualTo(amended);
    assertThat(release.history())
        .extracting(ReleaseView.HistoryItem::type, ReleaseView.HistoryItem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ReleaseIssued", null),
            org.assertj.core.groups.Tuple.tuple("ReleaseTextAmended", "title corrected"));
    assertThat(controller.releases(OFFICE)).hasSize(1);
    assertThatThrownBy(() -> controller.release("REL-2020-NONE", OFFICE))
        .isInstanceOf(NotFoundException.class);
  }

  private static Bilingual text() {
    return new Bilingual("关闭侵权盗版网站2884个。", "2,884 illegal websites were closed.");
  }

  private static EventEnvelope issued(Instant recordedAt) {
    return envelope(
        0,
        recordedAt,
        new ReleaseIssued(
            new ReleaseId("REL-2020-SWORD-NET"),
            2020,
            new CampaignId(CAMPAIGN),
            CUT_OFF,
            new Bilingual("剑网2020成果", "Sword Net 2020 results"),
            text()));
  }

  private static WebsitesClosed closed(String reportId, int websites) {
    return new WebsitesClosed(
        new CampaignId(CAMPAIGN),
        new ReportId(reportId),
        new ReportHeader(
            new DepartmentCode("NCAC"), null, LocalDate.of(2020, 12, 31), "ncac", Set.of(), null),
        new WebsiteClosure(websites),
        false);
  }

  private static EventEnvelope at(long sequence, Instant storedAt, DomainEvent event) {
    return envelope(sequence, storedAt, event);
  }

  private static EventEnvelope envelope(long sequence, Instant storedAt, DomainEvent event) {
    return new EventEnvelope(UUID.randomUUID().toString(), sequence, storedAt, "1", event, OFFICE);
  }
}
