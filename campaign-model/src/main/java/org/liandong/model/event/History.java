package org.liandong.model.event;

/**
 * One history of events, a campaign's, a case's, a round's ...: the kind of history, by the path
 * the API keeps such histories at, and its id.
 *
 * @param collection the API's path of the kind, such as {@code campaigns}
 * @param id the campaign's, case's, round's ... id
 */
public record History(String collection, String id) {

  /** Where the history lives in the API: {@code /campaigns/<id>}, {@code /cases/<id>} ... */
  public String source() {
    return "/" + collection + "/" + id;
  }
}
