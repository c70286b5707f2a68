package org.liandong.model.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liandong.model.access.Actor;
import org.liandong.model.access.Role;
import org.liandong.model.campaign.CaseAccepted;
import org.liandong.model.campaign.GoodsSeized;
import org.liandong.model.campaign.GoodsSeizure;
import org.liandong.model.campaign.ReportHeader;
import org.liandong.model.code.CategoryCode;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.Money;
import org.liandong.model.code.Quantity;
import org.liandong.model.code.RegionCode;
import org.liandong.model.code.UnitCode;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.CaseId;
import org.liandong.model.id.ReportId;
import org.liandong.model.id.TransferId;

class EventEnvelopeTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final GoodsSeized SEIZED =
      new GoodsSeized(
          new CampaignId("KUNLUN-2025"),
          new ReportId("KL25-R-0002"),
          new ReportHeader(
              new DepartmentCode("MPS"),
              new RegionCode("37"),
              LocalDate.of(2025, 2, 18),
              "sd.police",
              Set.of(new DepartmentCode("NCAC")),
              "dongles"),
          new GoodsSeizure(
              new CategoryCode("PIRATED_SOFTWARE"),
              new Quantity(new BigDecimal("2000"), new UnitCode("piece")),
              null),
          false);

  @Test
  @DisplayName("a campaign event is CloudEvents structured JSON and reads back equal")
  void campaignEvent() throws Exception {
    EventEnvelope envelope =
        new EventEnvelope(
            "e-1",
            7,
            Instant.parse("2025-02-18T08:00:00Z"),
            "3",
            SEIZED,
            new Actor(
                "hebei.mps", Role.DEPARTMENT, new DepartmentCode("MPS"), new RegionCode("13")));
    byte[] bytes = envelope.encode();

    JsonNode json = new ObjectMapper().readTree(bytes);
    assertThat(json.path("specversion").asText()).isEqualTo("1.0");
    assertThat(json.path("type").asText()).isEqualTo("org.liandong.campaign.GoodsSeized");
    assertThat(json.path("source").asText()).isEqualTo("/campaigns/KUNLUN-2025");
    assertThat(json.path("subject").asText()).isEqualTo("KUNLUN-2025");
    assertThat(json.path("aggregatesequence").asLong()).isEqualTo(7);
    assertThat(json.path("datarevision").asText()).isEqualTo("3");
    assertThat(json.path("data").path("quantity").path("unit").asText()).isEqualTo("piece");
    assertThat(json.path("actoruser").asText()).isEqualTo("hebei.mps");
    assertThat(json.path("actorrole").asText()).isEqualTo("DEPARTMENT");
    assertThat(json.path("actordepartment").asText()).isEqualTo("MPS");
    assertThat(json.path("actorregion").asText()).isEqualTo("13");

    assertThat(EventEnvelope.decode(bytes)).contains(envelope);
  }

  @Test
  @DisplayName("amounts read back exactly as written, to the last digit and decimal")
  void exactDecimals() {
    GoodsSeized precise =
        new GoodsSeized(
            SEIZED.campaignId(),
            SEIZED.reportId(),
            new ReportHeader(
                SEIZED.department(),
                SEIZED.region(),
                SEIZED.occurredOn(),
                SEIZED.reportedBy(),
                Set.of(),
                null),
            new GoodsSeizure(
                SEIZED.details().category(),
                new Quantity(new BigDecimal("987654321098.765"), new UnitCode("kg")),
                new Money(new BigDecimal("987654321012.50"))),
            false);
    EventEnvelope envelope =
        new EventEnvelope("e-4", 1, Instant.parse("2025-02-18T08:00:00Z"), "3", precise, null);

    GoodsSeized decoded =
        (GoodsSeized) EventEnvelope.decode(envelope.encode()).orElseThrow().event();
    assertThat(decoded.details().estimatedValue().yuan())
        .isEqualTo(new BigDecimal("987654321012.50"));
    assertThat(decoded.details().quantity().amount()).isEqualTo(new BigDecimal("987654321098.765"));
  }

  @Test
  @DisplayName("an envelope without its revision is refused, not read as revision \"null\"")
  void missingRevision() {
    String without =
        new String(
                new EventEnvelope("e-5", 0, Instant.EPOCH, "3", SEIZED, null).encode(),
                StandardCharsets.UTF_8)
            .replace("\"datarevision\":\"3\",", "");
    assertThat(without).doesNotContain("datarevision");
    assertThatThrownBy(() -> EventEnvelope.decode(without.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEnvelopeException.class);
  }

  @Test
  @DisplayName("a case event is keyed and sourced by its case")
  void caseEvent() {
    EventEnvelope envelope =
        new EventEnvelope(
            "e-2",
            1,
            Instant.parse("2025-03-01T00:00:00Z"),
            "1",
            new CaseAccepted(
                new CaseId("ZZ-2025-017"), new TransferId("T1"), 1, new DepartmentCode("MPS")),
            null);
    assertThat(envelope.subject()).isEqualTo("ZZ-2025-017");
    assertThat(EventEnvelope.decode(envelope.encode())).contains(envelope);
  }

  @Test
  @DisplayName(
      "an unknown type is refused by read, passed over by decode; bytes that are no envelope are refused")
  void unknownAndMalformed() {
    String unknown =
        new String(
                new EventEnvelope("e-3", 0, Instant.EPOCH, "3", SEIZED, Actor.SYSTEM).encode(),
                StandardCharsets.UTF_8)
            .replace("org.liandong.campaign.GoodsSeized", "org.liandong.campaign.SomethingNew");
    assertThat(EventEnvelope.decode(unknown.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThatThrownBy(() -> EventEnvelope.read(unknown.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnknownEventTypeException.class)
        .hasMessageContaining("org.liandong.campaign.SomethingNew");
    assertThatThrownBy(() -> EventEnvelope.decode("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEnvelopeException.class);
  }

  @Test
  @DisplayName(
      "an envelope reads the same whatever the order of its members, with data as base64 or the sequence as text")
  void sameEnvelopeAnyForm() throws Exception {
    EventEnvelope envelope =
        new EventEnvelope(
            "e-6",
            12,
            Instant.parse("2025-02-18T08:00:00.123Z"),
            "3",
            SEIZED,
            new Actor("sd.police", Role.DEPARTMENT, new DepartmentCode("MPS"), null));
    ObjectNode written = (ObjectNode) MAPPER.readTree(envelope.encode());
    JsonNode data = written.remove("data");

    ObjectNode dataFirst = MAPPER.createObjectNode();
    dataFirst.set("data", data);
    dataFirst.setAll(written);
    dataFirst.put("dataschema", "https://example.org/schema");
    dataFirst.put("otherwriters", true);
    assertThat(EventEnvelope.read(MAPPER.writeValueAsBytes(dataFirst))).isEqualTo(envelope);

    ObjectNode base64 = written.deepCopy();
    base64.put("data_base64", MAPPER.writeValueAsBytes(data));
    assertThat(EventEnvelope.read(MAPPER.writeValueAsBytes(base64))).isEqualTo(envelope);

    ObjectNode sequenceAsText = written.deepCopy();
    sequenceAsText.set("data", data);
    sequenceAsText.put(EventEnvelope.SEQUENCE_EXTENSION, "12");
    assertThat(EventEnvelope.read(MAPPER.writeValueAsBytes(sequenceAsText))).isEqualTo(envelope);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("an envelope that breaks the CloudEvents form is refused, naming what is wrong")
  @CsvSource(
      delimiter = '|',
      value = {
        "spec version 0.3 | specversion | \"0.3\"",
        "no id | id | null",
        "an id that is an object | id | {\"a\":1}",
        "no source | source | null",
        "no time | time | null",
        "a time that is no time | time | \"yesterday\"",
        "a sequence that is no number | aggregatesequence | \"seven\"",
        "data that is a list | data | [1,2]",
        "data that is text | data | \"goods\"",
        "no data | data | null",
        "data that is no such event | data | {\"quantity\":\"many\"}",
        "an actor role no one has | actorrole | \"KING\"",
      })
  void brokenForm(String what, String member, String value) throws Exception {
    ObjectNode written =
        (ObjectNode)
            MAPPER.readTree(
                new EventEnvelope("e-7", 3, Instant.EPOCH, "3", SEIZED, Actor.SYSTEM).encode());
    written.set(member, MAPPER.readTree(value));
    byte[] bytes = MAPPER.writeValueAsBytes(written);

    assertThatThrownBy(() -> EventEnvelope.read(bytes))
        .as(what)
        .isInstanceOf(MalformedEnvelopeException.class);
  }

  @Test
  @DisplayName("bytes cut short, or followed by more, are no envelope")
  void cutShortOrFollowed() {
    byte[] whole = new EventEnvelope("e-8", 3, Instant.EPOCH, "3", SEIZED, null).encode();
    byte[] cut = Arrays.copyOf(whole, whole.length - 2);
    byte[] followed = Arrays.copyOf(whole, whole.length + 2);
    followed[whole.length] = '{';
    followed[whole.length + 1] = '}';

    assertThat(EventEnvelope.read(whole).eventId()).isEqualTo("e-8");
    assertThatThrownBy(() -> EventEnvelope.read(cut))
        .isInstanceOf(MalformedEnvelopeException.class);
    assertThatThrownBy(() -> EventEnvelope.read(followed))
        .isInstanceOf(MalformedEnvelopeException.class);
    assertThatThrownBy(() -> EventEnvelope.read("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEnvelopeException.class);
  }
}
