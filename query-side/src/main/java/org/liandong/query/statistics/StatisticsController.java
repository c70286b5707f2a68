package org.liandong.query.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.bson.Document;
import org.liandong.query.api.FigureTables;
import org.liandong.query.api.Table;
import org.liandong.query.api.Tabular;
import org.liandong.query.projection.Breakdowns;
import org.liandong.query.projection.Breakdowns.CategoryEntry;
import org.liandong.query.projection.Breakdowns.RegionEntry;
import org.liandong.query.projection.ProjectionVersions;
import org.liandong.query.projection.TotalsView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** National and regional statistics of a year, across campaigns. */
@RestController
class StatisticsController {

  record YearStatistics(
      int year, TotalsView totals, List<RegionEntry> byRegion, List<CategoryEntry> byCategory)
      implements Tabular {

    @Override
    public String fileName() {
      return "statistics-" + year;
    }

    @Override
    public List<Table> tables() {
      Table.Builder figures = FigureTables.total(FigureTables.figures(), "total", totals);
      FigureTables.regions(figures, byRegion);
      return List.of(figures.build(), FigureTables.categories(byCategory));
    }
  }

  private final MongoTemplate mongo;
  private final ProjectionVersions versions;

  StatisticsController(MongoTemplate mongo, ProjectionVersions versions) {
    this.mongo = mongo;
    this.versions = versions;
  }

  /** A year with no reports answers zeros, not 404: the figures of that year are nil. */
  @GetMapping("/statistics/{year}")
  YearStatistics year(@PathVariable int year) {
    Document document =
        mongo.findOne(
            query(where("_id").is(String.valueOf(year))),
            Document.class,
            versions.serving(StatisticsProjection.NAME));
    Document statistics = document == null ? new Document() : document;
    return new YearStatistics(
        year,
        TotalsView.from(statistics.get("totals", Document.class)),
        Breakdowns.byRegion(statistics, "byRegion"),
        Breakdowns.byCategory(statistics, "byCategory"));
  }
}
