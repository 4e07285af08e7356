package com.example.dws;

import com.gmall.rtdw.model.annotation.Attribute;
import com.gmall.rtdw.model.annotation.Column;
import com.gmall.rtdw.model.annotation.Decimal;
import com.gmall.rtdw.model.annotation.Dimension;
import com.gmall.rtdw.model.annotation.DwsTable;
import com.gmall.rtdw.model.annotation.Excluded;
import com.gmall.rtdw.model.annotation.Measure;
import com.gmall.rtdw.model.annotation.PartitionGranularity;
import com.gmall.rtdw.model.annotation.Version;
import com.gmall.rtdw.model.annotation.WindowEnd;
import com.gmall.rtdw.model.annotation.WindowStart;
import java.math.BigDecimal;

/** A DWS definition using every role, a renamed column and a non-default partition. */
@DwsTable(name = "dws_sample_window", partitionBy = PartitionGranularity.MONTH)
public class SampleWindow {
    @WindowStart
    public long stt;

    @WindowEnd
    public long edt;

    @Dimension
    public String region;

    @Dimension
    public long shopId;

    @Attribute
    public String regionName;

    @Excluded
    public String scratch;

    @Measure
    public long cnt;

    @Measure
    @Decimal(precision = 12, scale = 3)
    public BigDecimal amount;

    @Measure
    public double ratio;

    @Version
    @Column("version_ts")
    public long ts;
}
