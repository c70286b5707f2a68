package org.liandong.model.publication;

import java.time.Instant;
import org.liandong.model.InvalidValueException;
import org.liandong.model.Require;
import org.liandong.model.id.CampaignId;
import org.liandong.model.id.IdPrefix;
import org.liandong.model.id.TargetId;

/**
 * The office issues a statistics release of a year, of one campaign or of all ({@code campaign}
 * null), as recorded by a cut-off, with its title and text in Chinese and English.
 */
public record IssueReleaseCommand(
    @TargetId ReleaseId releaseId,
    int year,
    CampaignId campaign,
    Instant cutOff,
    Bilingual title,
    Bilingual text) {

  public IssueReleaseCommand {
    Require.present(releaseId, "releaseId");
    if (year < 2000 || year > 2100) {
      throw new InvalidValueException("year", "must be a year from 2000 to 2100");
    }
    if (!releaseId.value().startsWith(IdPrefix.RELEASE.prefix() + year)) {
      throw new InvalidValueException("releaseId", "must name the release's year " + year);
    }
    Require.present(cutOff, "cutOff");
    title = Require.present(title, "title").checked("title", 200);
    text = Require.present(text, "text").checked("text", 20_000);
  }
}
