package org.liandong.model.campaign;

/** Whether a case is handled by administrative enforcement or as a crime. */
public enum CaseKind {
  ADMINISTRATIVE,
  CRIMINAL
}
