package org.liandong.model.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liandong.model.InvalidValueException;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RightType;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.ReportId;

@DisplayName("Typical cases: no suspect's name or identity number is ever published")
class PersonalDataTest {

  @ParameterizedTest(name = "refused: {0}")
  @ValueSource(
      strings = {
        "犯罪嫌疑人张伟等12人被抓获。",
        "被告人：李建国，男。",
        "经查，嫌疑人王小明向境外提供商业秘密。",
        "身份证号330203198507121234的人员",
        "身份证号33020319850712123X的人员",
        "The suspect Zhang Wei sold trade secrets abroad.",
        "Defendant Li Jianguo was prosecuted.",
        "Police arrested suspect Wang, who ran the ring."
      })
  void refused(String narrative) {
    assertThatThrownBy(() -> PersonalData.refuse(narrative, "narrative.zh"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("narrative.zh");
              assertThat(e.getMessage()).doesNotContain("1234").doesNotContain("张伟");
            });
  }

  @ParameterizedTest(name = "accepted: {0}")
  @ValueSource(
      strings = {
        "宁波警方抓获犯罪嫌疑人12名，拦截涉密技术资料26套。",
        "犯罪嫌疑人张某等16人被抓获，捣毁销售窝点5个。",
        "犯罪嫌疑人涉嫌向境外非法提供商业秘密。",
        "犯罪嫌疑人李某某供述了全部事实。",
        "Authorities arrested 12 suspects and intercepted 26 sets of documents.",
        "A suspect surnamed Zhang ran the ring; suspect Zhang Mou was arrested.",
        "Seized more than 2,000 pirated dongles worth 123456789012345678901 yuan in all."
      })
  void accepted(String narrative) {
    assertThatCode(() -> PersonalData.refuse(narrative, "narrative.en")).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("a proposal whose English narrative names a suspect is refused, naming the field")
  void proposalRefused() {
    assertThatThrownBy(
            () ->
                new ProposeTypicalCaseCommand(
                    new TypicalCaseId("TC-2024-NINGBO"),
                    new DepartmentCode("MPS"),
                    new CampaignId("KUNLUN-2025"),
                    new ReportId("KL25-NB"),
                    RightType.TRADE_SECRET,
                    new Bilingual("宁波商业秘密案", "Ningbo trade secrets case"),
                    new Bilingual("犯罪嫌疑人张某等12人", "The suspect Zhang Wei and 11 others")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("narrative.en"));
  }
}
