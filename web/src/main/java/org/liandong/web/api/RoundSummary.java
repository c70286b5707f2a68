package org.liandong.web.api;

import java.time.Instant;
import java.time.LocalDate;

/** A round in the list of rounds, {@code GET /evaluations}. */
public record RoundSummary(
    String roundId, int year, String title, String phase, Instant cutOff, LocalDate publishedOn) {}
