package org.liandong.command.api;

import org.liandong.model.campaign.Acknowledgement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How every command endpoint answers, whatever its body: 201 when this request recorded something,
 * 200 when an earlier try with the same content already had, so that a client may retry freely.
 */
final class Answers {

  private Answers() {}

  static <T> ResponseEntity<T> of(Acknowledgement acknowledgement, T body) {
    HttpStatus status =
        acknowledgement == Acknowledgement.RECORDED ? HttpStatus.CREATED : HttpStatus.OK;
    return ResponseEntity.status(status).body(body);
  }
}
