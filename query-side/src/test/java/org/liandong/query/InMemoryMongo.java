package org.liandong.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.liandong.access.AuditLog;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.CampaignEvent;
import org.liandong.model.campaign.CampaignFocus;
import org.liandong.model.campaign.CampaignLaunched;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.Period;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.campaign.SiteRaid;
import org.liandong.model.campaign.SiteRaided;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.envelope.EventEnvelope;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;
import org.liandong.query.campaign.CampaignSummaries;
import org.liandong.query.projection.Coverage;
import org.liandong.query.projection.OncePerSequence;
import org.liandong.query.projection.Projection;
import org.liandong.query.projection.ProjectionVersions;
import org.liandong.query.projection.ServedViews;
import org.liandong.query.web.Scope;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A MongoDB stand-in spoken to over the wire protocol, for projection tests; and envelopes of a
 * small campaign to feed them.
 */
public final class InMemoryMongo implements AutoCloseable {

  private final MongoServer server = new MongoServer(new MemoryBackend());
  private final MongoClient client;
  private final MongoTemplate template;

  public InMemoryMongo() {
    var address = server.bind();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    template = new MongoTemplate(client, "views-test");
  }

  public MongoTemplate template() {
    return template;
  }

  /** The coverage of a projection that took in every record. */
  public static final Coverage COMPLETE = Coverage.of("any", 0, 0);

  /** A reader of everything, for views that are scoped by their reader. */
  public static final Actor OFFICE = new Actor("office", Role.OFFICE, null, null);

  public Scope scope() {
    return new Scope(new AuditLog());
  }

  public CampaignSummaries summaries() {
    return new CampaignSummaries(views(), scope());
  }

  public ServedViews views() {
    return new ServedViews(template, versions(), (projection, version) -> COMPLETE);
  }

  public ProjectionVersions versions() {
    return new ProjectionVersions(template);
  }

  /** The projection, fed into its serving version's collection as its runner would. */
  public Fed fed(Projection projection) {
    return envelope ->
        OncePerSequence.write(
            views().collection(projection.name()), projection.writesFor(envelope));
  }

  /** A projection ready to take envelopes in. */
  public interface Fed {
    void apply(EventEnvelope envelope);
  }

  @Override
  public void close() {
    client.close();
    server.shutdown();
  }

  public static EventEnvelope launched(String campaign, String lead, String... others) {
    Set<DepartmentCode> departments = new TreeSet<>(List.of(new DepartmentCode(lead)));
    for (String other : others) {
      departments.add(new DepartmentCode(other));
    }
    return envelope(
        0,
        new CampaignLaunched(
            new CampaignId(campaign),
            "Test campaign " + campaign,
            CampaignFocus.ONLINE_MARKET,
            new DepartmentCode(lead),
            departments,
            Set.of(new RegionCode("33"), new RegionCode("44")),
            new Period(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 12, 31)),
            List.of("Counterfeits sold online")));
  }

  public static EventEnvelope raid(String campaign, long sequence, String department, int sites) {
    return envelope(
        sequence,
        new SiteRaided(
            new CampaignId(campaign),
            new ReportId("R-" + sequence),
            new ReportHeader(
                new DepartmentCode(department),
                new RegionCode("44"),
                LocalDate.of(2020, 7, 1),
                "tester",
                Set.of(),
                null),
            new SiteRaid(sites),
            false));
  }

  public static EventEnvelope seizure(
      String campaign, long sequence, String department, String amount, String yuan) {
    return envelope(
        sequence,
        new GoodsSeized(
            new CampaignId(campaign),
            new ReportId("S-" + sequence),
            new ReportHeader(
                new DepartmentCode(department),
                new RegionCode("33"),
                LocalDate.of(2020, 7, 2),
                "tester",
                Set.of(),
                null),
            new GoodsSeizure(
                new CategoryCode("APPAREL"),
                new Quantity(new BigDecimal(amount), new UnitCode("kg")),
                yuan == null ? null : new Money(new BigDecimal(yuan))),
            false));
  }

  /** Any other event of the campaign, at the given position in its history. */
  public static EventEnvelope envelope(long sequence, CampaignEvent event) {
    return new EventEnvelope(
        UUID.randomUUID().toString(),
        sequence,
        Instant.parse("2020-07-03T00:00:00Z"),
        "1",
        event,
        Actor.SYSTEM);
  }
}
