package org.liandong.query.api;

import java.util.List;
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

  @GetMapping("/regions")
  List<ReferenceEntry> regions() {
    return ReferenceData.instance().regions();
  }

  @GetMapping("/departments")
  List<ReferenceEntry> departments() {
    return ReferenceData.instance().departments();
  }

  @GetMapping("/goods-categories")
  List<ReferenceEntry> goodsCategories() {
    return ReferenceData.instance().goodsCategories();
  }

  @GetMapping("/units")
  List<ReferenceEntry> units() {
    return ReferenceData.instance().units();
  }
}
