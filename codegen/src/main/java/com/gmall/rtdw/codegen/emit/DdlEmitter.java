package com.gmall.rtdw.codegen.emit;

import com.gmall.rtdw.codegen.Naming;
import com.gmall.rtdw.codegen.model.TableDescriptor;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code ddl/clickhouse/<table>.sql} with FreeMarker. The template only lays out text;
 * every decision (types, key, partition) was made while loading the model. FreeMarker is set to
 * fail on any missing value.
 */
final class DdlEmitter {
    private static final String TEMPLATE = "clickhouse-table.sql.ftl";

    private final Configuration freemarker;

    DdlEmitter() {
        freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setClassForTemplateLoading(DdlEmitter.class, "/templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /**
     * The table's DDL file. {@code committed} is the file as the repository has it (null for a new
     * table): its columns are the live table's, so a column added since becomes a migration, and
     * what cannot be migrated is reported to {@code problems}.
     */
    GeneratedFile emit(TableDescriptor table, String committed, List<String> problems) {
        Map<String, String> types = new LinkedHashMap<>();
        table.columns().forEach(c -> types.put(c.column(), c.type().sql()));
        List<String> engine =
                List.of(
                        "ENGINE = ReplacingMergeTree(" + table.version().column() + ")",
                        "PARTITION BY " + table.partitionExpression(),
                        "ORDER BY (" + String.join(", ", table.orderBy()) + ")");
        List<String> migrations = List.of();
        if (committed != null) {
            DdlEvolution evolution =
                    new DdlEvolution(
                            table.name(),
                            Naming.ddlPath(table),
                            table.source(),
                            DdlHistory.parse(committed),
                            types,
                            engine);
            problems.addAll(evolution.problems());
            migrations = evolution.migrations();
        }
        DdlModel model =
                new DdlModel(
                        List.of(
                                Naming.GENERATED_BY,
                                "Source: " + table.source(),
                                "`bin/gmall ddl apply` puts the shop's zone (configuration key"
                                        + " warehouse.time-zone) in place of "
                                        + Naming.TIME_ZONE_PLACEHOLDER
                                        + "."),
                        table.name(),
                        types.entrySet().stream()
                                .map(c -> new DdlModel.Column(c.getKey(), c.getValue()))
                                .toList(),
                        engine,
                        migrations);
        try {
            Template template = freemarker.getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return new GeneratedFile(Naming.ddlPath(table), out.toString(), GeneratedFile.Kind.DDL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + TEMPLATE, e);
        } catch (TemplateException e) {
            throw new IllegalStateException(
                    "template " + TEMPLATE + " failed for " + table.name(), e);
        }
    }
}
