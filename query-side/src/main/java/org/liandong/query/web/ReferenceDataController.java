package org.liandong.query.web;

import java.util.List;
import org.liandong.model.access.Actor;
import org.liandong.model.reference.ReferenceData;
import org.liandong.model.reference.ReferenceEntry;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reference data that requests must use, so that clients can offer it for choosing. */
@RestController
@RequestMapping(path = "/reference", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferenceDataController {

  private final Scope scope;

  ReferenceDataController(Scope scope) {
    this.scope = scope;
  }

  @GetMapping("/regions")
  List<ReferenceEntry> regions(Actor reader) {
    scope.published(reader);
    return ReferenceData.instance().regions();
  }

  @GetMapping("/departments")
  List<ReferenceEntry> departments(Actor reader) {
    scope.published(reader);
    return ReferenceData.instance().departments();
  }

  @GetMapping("/goods-categories")
  List<ReferenceEntry> goodsCategories(Actor reader) {
    scope.published(reader);
    return ReferenceData.instance().goodsCategories();
  }

  @GetMapping("/units")
  List<ReferenceEntry> units(Actor reader) {
    scope.published(reader);
    return ReferenceData.instance().units();
  }
}
