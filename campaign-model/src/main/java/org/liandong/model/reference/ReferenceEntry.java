package org.liandong.model.reference;

/** One coded entry of reference data, named in Chinese and English. */
public record ReferenceEntry(String code, String nameZh, String nameEn) {}
