<#list header as line>
-- ${line}
</#list>
CREATE TABLE IF NOT EXISTS ${table}
(
<#list columns as column>
    ${column.name} ${column.type}<#sep>,</#sep>
</#list>
)
<#list engine as line>
${line}
</#list>
<#if migrations?has_content>

-- Columns added to the definition after the table first went live, in order. `bin/gmall ddl apply` runs each
-- line whose column the table lacks; a table created from the CREATE above has them all already.
<#list migrations as line>
${line}
</#list>
</#if>
