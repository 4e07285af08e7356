package com.gmall.rtdw.codegen.emit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table's committed DDL file (written by this generator before the model changed) says the
 * live table has: its columns with their types, its key, partition and version, and the column
 * migrations already written. The file is the generator's own output, so its layout is known.
 *
 * @param columns column name to type, in order: the CREATE's columns, then the added ones
 * @param engine the ENGINE, PARTITION BY and ORDER BY lines, which no migration can change
 * @param migrations the {@code ALTER TABLE ... ADD COLUMN} lines, in order
 */
record DdlHistory(Map<String, String> columns, List<String> engine, List<String> migrations) {
    private static final Pattern CREATE_COLUMN = Pattern.compile(" {4}(\\w+) (.+?),?");
    private static final Pattern ADD_COLUMN =
            Pattern.compile("ALTER TABLE \\w+ ADD COLUMN (\\w+) (.+) DEFAULT .+?( AFTER \\w+)?;");

    static DdlHistory parse(String ddl) {
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> engine = new ArrayList<>();
        List<String> migrations = new ArrayList<>();
        boolean inColumns = false;
        for (String line : ddl.split("\n")) {
            Matcher column = CREATE_COLUMN.matcher(line);
            Matcher added = ADD_COLUMN.matcher(line);
            if (line.equals("(")) {
                inColumns = true;
            } else if (line.equals(")")) {
                inColumns = false;
            } else if (inColumns && column.matches()) {
                columns.put(column.group(1), column.group(2));
            } else if (added.matches()) {
                columns.put(added.group(1), added.group(2));
                migrations.add(line);
            } else if (line.startsWith("ENGINE")
                    || line.startsWith("PARTITION BY")
                    || line.startsWith("ORDER BY")) {
                engine.add(line);
            }
        }
        return new DdlHistory(columns, engine, migrations);
    }
}
