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
import java.util.List;
import java.util.Locale;

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

    GeneratedFile emit(TableDescriptor table) {
        List<DdlModel.Column> columns =
                table.columns().stream()
                        .map(c -> new DdlModel.Column(c.column(), c.type().sql()))
                        .toList();
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
                        columns,
                        table.version().column(),
                        table.partitionExpression(),
                        table.orderBy());
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
