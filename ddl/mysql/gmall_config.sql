-- =====================================================================================================
-- gmall-rtdw: configuration database `gmall_config` (columns: docs/jobs.md, DimApp) and the 15 standard
-- dimension rows (docs/architecture.md, Appendix C). DimApp reads this table through Flink CDC (snapshot,
-- then binlog) and creates one Phoenix table GMALL_REALTIME.<sink_table> per row, keeping only the
-- `sink_columns` of each change record.
--
--   sink_pk      NULL or empty => `id` (base_province and base_region are NULL, as the standard rows have it)
--   sink_extend  appended verbatim after the closing parenthesis of the Phoenix DDL; NULL => nothing
--                (values reproduced as given, including the missing leading space for spu_info)
--
-- Idempotent: CREATE ... IF NOT EXISTS and INSERT IGNORE keyed on source_table.
-- Load with:  mariadb -uroot < ddl/mysql/gmall_config.sql
-- =====================================================================================================

SET NAMES utf8mb4;

CREATE DATABASE IF NOT EXISTS gmall_config DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
USE gmall_config;

CREATE TABLE IF NOT EXISTS `table_process` (
  `source_table` varchar(200)  NOT NULL COMMENT '来源表 (gmall business table)',
  `sink_table`   varchar(200)  DEFAULT NULL COMMENT '输出表 (Phoenix table, dim_<source_table>)',
  `sink_columns` varchar(2000) DEFAULT NULL COMMENT '输出字段 (comma-separated, no spaces)',
  `sink_pk`      varchar(200)  DEFAULT NULL COMMENT '主键字段 (NULL or empty => id)',
  `sink_extend`  varchar(200)  DEFAULT NULL COMMENT '建表扩展 (appended after the closing parenthesis)',
  PRIMARY KEY (`source_table`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='DIM routing configuration';

INSERT IGNORE INTO `table_process` (source_table, sink_table, sink_columns, sink_pk, sink_extend) VALUES
  ('activity_info', 'dim_activity_info', 'id,activity_name,activity_type,activity_desc,start_time,end_time,create_time', 'id', NULL),
  ('activity_rule', 'dim_activity_rule', 'id,activity_id,activity_type,condition_amount,condition_num,benefit_amount,benefit_discount,benefit_level', 'id', NULL),
  ('activity_sku', 'dim_activity_sku', 'id,activity_id,sku_id,create_time', 'id', NULL),
  ('base_category1', 'dim_base_category1', 'id,name', 'id', NULL),
  ('base_category2', 'dim_base_category2', 'id,name,category1_id', 'id', NULL),
  ('base_category3', 'dim_base_category3', 'id,name,category2_id', 'id', NULL),
  ('base_province', 'dim_base_province', 'id,name,region_id,area_code,iso_code,iso_3166_2', NULL, NULL),
  ('base_region', 'dim_base_region', 'id,region_name', NULL, NULL),
  ('base_trademark', 'dim_base_trademark', 'id,tm_name', 'id', NULL),
  ('coupon_info', 'dim_coupon_info', 'id,coupon_name,coupon_type,condition_amount,condition_num,activity_id,benefit_amount,benefit_discount,create_time,range_type,limit_num,taken_count,start_time,end_time,operate_time,expire_time,range_desc', 'id', NULL),
  ('coupon_range', 'dim_coupon_range', 'id,coupon_id,range_type,range_id', 'id', NULL),
  ('financial_sku_cost', 'dim_financial_sku_cost', 'id,sku_id,sku_name,busi_date,is_lastest,sku_cost,create_time', 'id', NULL),
  ('sku_info', 'dim_sku_info', 'id,spu_id,price,sku_name,sku_desc,weight,tm_id,category3_id,sku_default_img,is_sale,create_time', 'id', ' SALT_BUCKETS = 4'),
  ('spu_info', 'dim_spu_info', 'id,spu_name,description,category3_id,tm_id', 'id', 'SALT_BUCKETS = 3'),
  ('user_info', 'dim_user_info', 'id,login_name,name,user_level,birthday,gender,create_time,operate_time', 'id', ' SALT_BUCKETS = 3');
