package org.liandong.model.campaign;

import java.util.Map;
import org.liandong.model.Require;

/**
 * A kind of report that counts one sort of thing and adds it to one figure (sites raided, suspects
 * arrested, stores closed ...). Such a kind names its figure and the field its count stands in;
 * what it checks and what it adds follow from them, so that these kinds cannot drift apart.
 */
public sealed interface SingleCount extends ReportDetails
    permits SiteRaid,
        SuspectArrest,
        GangDismantling,
        WebsiteClosure,
        ShipmentInterception,
        OnlineStoreClosure,
        DenDismantling,
        OfficerDispatch,
        CaseReferral {

  /**
   * The count a report of this kind holds: the figure it adds to, its field in the JSON (named in
   * errors) and its value as read, which may be missing or out of bounds until {@link #check()}.
   */
  record Count(Figure figure, String field, Integer value) {}

  Count count();

  @Override
  default void check() {
    Count count = count();
    Require.count(count.value(), count.field());
  }

  @Override
  default Map<Figure, Long> figures() {
    Count count = count();
    return Map.of(count.figure(), (long) count.value());
  }
}
