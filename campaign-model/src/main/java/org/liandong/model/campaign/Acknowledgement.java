package org.liandong.model.campaign;

/** What a command that creates something answers: recorded now, or recorded by an earlier try. */
public enum Acknowledgement {
  RECORDED,
  ALREADY_RECORDED
}
