package org.liandong.command.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liandong.model.campaign.Figure;
import org.liandong.model.campaign.Phase;
import org.liandong.model.code.DepartmentCode;
import org.liandong.model.code.RegionCode;

/** Bodies of requests that change a campaign or a report; the ids are in the path. */
record AdvancePhaseRequest(Phase to) {}

record DepartmentRequest(DepartmentCode department) {}

record ReasonRequest(String reason) {}

record AddRegionsRequest(Set<RegionCode> regions) {}

record SetTargetsRequest(List<String> keyPoints, Map<Figure, Long> targets) {}

record CloseRequest(String summary) {}

/** A department and why: retracting a report, returning a case. */
record RetractionRequest(DepartmentCode department, String reason) {}

record TaskNoteRequest(DepartmentCode department, String note) {}

record ReassignmentRequest(DepartmentCode department, RegionCode region, LocalDate dueOn) {}
