package org.liandong.model.publication;

import org.liandong.model.Require;
import org.liandong.model.id.TargetId;

/** The office amends a release's title and text, for a reason; its figures stay as issued. */
public record AmendReleaseTextCommand(
    @TargetId ReleaseId releaseId, Bilingual title, Bilingual text, String reason) {

  public AmendReleaseTextCommand {
    Require.present(releaseId, "releaseId");
    title = Require.present(title, "title").checked("title", 200);
    text = Require.present(text, "text").checked("text", 20_000);
    reason = Require.text(reason, "reason", 500);
  }
}
