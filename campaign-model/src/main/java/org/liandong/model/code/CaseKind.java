package org.liandong.model.code;

/** Whether a case is handled by administrative enforcement or as a crime. */
public enum CaseKind {
  ADMINISTRATIVE,
  CRIMINAL
}
