package org.liandong.query.consuming;

import java.net.URI;
import java.util.List;
import org.liandong.model.access.Actor;
import org.liandong.query.web.NotFoundException;
import org.liandong.query.web.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The projections' versions, their progress, the records they stopped at, and rebuilds. */
@RestController
@RequestMapping(path = "/projections", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectionController {

  static final URI REBUILD_UNDER_WAY = URI.create("/problems/rebuild-under-way");

  private final ProjectionRunners runners;
  private final ParkedRecords parked;
  private final Scope scope;

  ProjectionController(ProjectionRunners runners, ParkedRecords parked, Scope scope) {
    this.runners = runners;
    this.parked = parked;
    this.scope = scope;
  }

  @GetMapping
  List<ProjectionStatus> all(Actor reader) {
    scope.requireReadsAll(reader);
    return runners.statuses();
  }

  @GetMapping("/{name}")
  ProjectionStatus one(@PathVariable String name, Actor reader) {
    scope.requireReadsAll(reader);
    return runners.status(known(name)).orElseThrow(() -> NotFoundException.of("projection", name));
  }

  /**
   * Rebuilds the projection from the start of the topic into a new version, which takes over once
   * it has caught up; the current version serves reads meanwhile.
   */
  @PostMapping("/{name}/rebuilds")
  ResponseEntity<?> rebuild(@PathVariable String name, Actor reader) {
    scope.requireOffice(reader);
    return runners
        .rebuild(known(name))
        .<ResponseEntity<?>>map(
            status ->
                ResponseEntity.accepted().location(URI.create("/projections/" + name)).body(status))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT).body(underWay(name)));
  }

  /**
   * Parks the record the projection's versions are stopped at on the dead-letter topic, with the
   * reason, so that they go on past it (within the retry backoff). The views then say they are
   * incomplete; a rebuild after an upgrade that can read the record takes it in again.
   */
  @PostMapping("/{name}/parked/{partition}/{offset}/dead-letter")
  List<ParkedRecord> deadLetter(
      @PathVariable String name,
      @PathVariable int partition,
      @PathVariable long offset,
      Actor reader) {
    scope.requireOffice(reader);
    if (!parked.deadLetter(known(name), partition, offset, reader.user())) {
      throw NotFoundException.of(
          "offset", partition + "@" + offset + " (no version of " + name + " is stopped there)");
    }
    return parked.records(name).stream()
        .filter(record -> record.partition() == partition && record.offset() == offset)
        .toList();
  }

  private String known(String name) {
    if (!runners.knows(name)) {
      throw NotFoundException.of("projection", name);
    }
    return name;
  }

  private static ProblemDetail underWay(String name) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "a rebuild of " + name + " is under way; follow it at /projections/" + name);
    problem.setType(REBUILD_UNDER_WAY);
    problem.setTitle("Rebuild under way");
    return problem;
  }
}
