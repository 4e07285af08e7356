<#list header as line>
-- ${line}
</#list>
CREATE TABLE IF NOT EXISTS ${table}
(
<#list columns as column>
    ${column.name} ${column.type}<#sep>,</#sep>
</#list>
)
ENGINE = ReplacingMergeTree(${version})
PARTITION BY ${partitionBy}
ORDER BY (${orderBy?join(", ")})
