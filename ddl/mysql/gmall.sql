-- =====================================================================================================
-- gmall-rtdw: business database `gmall` (2022 edition of the standard generator schema; see
-- docs/architecture.md, Appendix A) plus its reference data (dictionary, regions/provinces, categories,
-- trademarks, SPU/SKU, activities, coupons, SKU costs). user_info and every fact/event table are created
-- empty: the simulator fills them.
--
-- Idempotent: CREATE ... IF NOT EXISTS and INSERT IGNORE with explicit ids, so re-applying this file
-- neither fails nor duplicates rows. Differences from the 2022 dump, on purpose:
--   * utf8mb4 instead of utf8 (3-byte);
--   * every table has a PRIMARY KEY, including base_dic (dic_code), base_province (id) and base_region (id),
--     which have none in the 2022 edition: the CDC source (Flink CDC / Maxwell bootstrap) needs a key;
--   * a few secondary indexes on the foreign-key-like columns the simulator queries.
-- Load with:  mariadb -uroot < ddl/mysql/gmall.sql
-- =====================================================================================================

SET NAMES utf8mb4;

CREATE DATABASE IF NOT EXISTS gmall DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
USE gmall;

-- -----------------------------------------------------------------------------------------------------
-- Fact / event tables (read by the DWD jobs through topic_db); created empty
-- -----------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS `cart_info` (
  `id`           bigint        NOT NULL AUTO_INCREMENT COMMENT '编号',
  `user_id`      varchar(200)  DEFAULT NULL COMMENT '用户id',
  `sku_id`       bigint        DEFAULT NULL COMMENT 'skuid',
  `cart_price`   decimal(10,2) DEFAULT NULL COMMENT '放入购物车时价格',
  `sku_num`      int           DEFAULT NULL COMMENT '数量',
  `img_url`      varchar(200)  DEFAULT NULL COMMENT '图片文件',
  `sku_name`     varchar(200)  DEFAULT NULL COMMENT 'sku名称 (冗余)',
  `is_checked`   int           DEFAULT NULL,
  `create_time`  datetime      DEFAULT NULL COMMENT '创建时间',
  `operate_time` datetime      DEFAULT NULL COMMENT '修改时间',
  `is_ordered`   bigint        DEFAULT NULL COMMENT '是否已经下单',
  `order_time`   datetime      DEFAULT NULL COMMENT '下单时间',
  `source_type`  varchar(20)   DEFAULT NULL COMMENT '来源类型 (base_dic 24xx)',
  `source_id`    bigint        DEFAULT NULL COMMENT '来源编号',
  PRIMARY KEY (`id`),
  KEY `idx_cart_info_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='购物车表';

CREATE TABLE IF NOT EXISTS `order_info` (
  `id`                     bigint        NOT NULL AUTO_INCREMENT COMMENT '编号',
  `consignee`              varchar(100)  DEFAULT NULL COMMENT '收货人',
  `consignee_tel`          varchar(20)   DEFAULT NULL COMMENT '收件人电话',
  `total_amount`           decimal(10,2) DEFAULT NULL COMMENT '总金额',
  `order_status`           varchar(20)   DEFAULT NULL COMMENT '订单状态 (base_dic 10xx)',
  `user_id`                bigint        DEFAULT NULL COMMENT '用户id',
  `payment_way`            varchar(20)   DEFAULT NULL COMMENT '付款方式',
  `delivery_address`       varchar(1000) DEFAULT NULL COMMENT '送货地址',
  `order_comment`          varchar(200)  DEFAULT NULL COMMENT '订单备注',
  `out_trade_no`           varchar(50)   DEFAULT NULL COMMENT '订单交易编号（第三方支付用)',
  `trade_body`             varchar(200)  DEFAULT NULL COMMENT '订单描述(第三方支付用)',
  `create_time`            datetime      DEFAULT NULL COMMENT '创建时间',
  `operate_time`           datetime      DEFAULT NULL COMMENT '操作时间',
  `expire_time`            datetime      DEFAULT NULL COMMENT '失效时间',
  `process_status`         varchar(20)   DEFAULT NULL COMMENT '进度状态',
  `tracking_no`            varchar(100)  DEFAULT NULL COMMENT '物流单编号',
  `parent_order_id`        bigint        DEFAULT NULL COMMENT '父订单编号',
  `img_url`                varchar(200)  DEFAULT NULL COMMENT '图片路径',
  `province_id`            int           DEFAULT NULL COMMENT '地区',
  `activity_reduce_amount` decimal(16,2) DEFAULT NULL COMMENT '促销金额',
  `coupon_reduce_amount`   decimal(16,2) DEFAULT NULL COMMENT '优惠券',
  `original_total_amount`  decimal(16,2) DEFAULT NULL COMMENT '原价金额',
  `feight_fee`             decimal(16,2) DEFAULT NULL COMMENT '运费',
  `feight_fee_reduce`      decimal(16,2) DEFAULT NULL COMMENT '运费减免',
  `refundable_time`        datetime      DEFAULT NULL COMMENT '可退款日期（签收后30天）',
  PRIMARY KEY (`id`),
  KEY `idx_order_info_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单表';

CREATE TABLE IF NOT EXISTS `order_detail` (
  `id`                    bigint        NOT NULL AUTO_INCREMENT COMMENT '编号',
  `order_id`              bigint        DEFAULT NULL COMMENT '订单编号',
  `sku_id`                bigint        DEFAULT NULL COMMENT 'sku_id',
  `sku_name`              varchar(200)  DEFAULT NULL COMMENT 'sku名称（冗余)',
  `img_url`               varchar(200)  DEFAULT NULL COMMENT '图片名称（冗余)',
  `order_price`           decimal(10,2) DEFAULT NULL COMMENT '购买价格(下单时sku价格）',
  `sku_num`               bigint        DEFAULT NULL COMMENT '购买个数',
  `create_time`           datetime      DEFAULT NULL COMMENT '创建时间',
  `source_type`           varchar(20)   DEFAULT NULL COMMENT '来源类型 (base_dic 24xx)',
  `source_id`             bigint        DEFAULT NULL COMMENT '来源编号',
  `split_total_amount`    decimal(16,2) DEFAULT NULL,
  `split_activity_amount` decimal(16,2) DEFAULT NULL,
  `split_coupon_amount`   decimal(16,2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_order_detail_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单明细表';

CREATE TABLE IF NOT EXISTS `order_detail_activity` (
  `id`               bigint   NOT NULL AUTO_INCREMENT COMMENT '编号',
  `order_id`         bigint   DEFAULT NULL COMMENT '订单id',
  `order_detail_id`  bigint   DEFAULT NULL COMMENT '订单明细id',
  `activity_id`      bigint   DEFAULT NULL COMMENT '活动ID',
  `activity_rule_id` bigint   DEFAULT NULL COMMENT '活动规则',
  `sku_id`           bigint   DEFAULT NULL COMMENT 'skuID',
  `create_time`      datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_order_detail_activity_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单明细活动关联表';

CREATE TABLE IF NOT EXISTS `order_detail_coupon` (
  `id`              bigint   NOT NULL AUTO_INCREMENT COMMENT '编号',
  `order_id`        bigint   DEFAULT NULL COMMENT '订单id',
  `order_detail_id` bigint   DEFAULT NULL COMMENT '订单明细id',
  `coupon_id`       bigint   DEFAULT NULL COMMENT '购物券ID',
  `coupon_use_id`   bigint   DEFAULT NULL COMMENT '购物券领用id',
  `sku_id`          bigint   DEFAULT NULL COMMENT 'skuID',
  `create_time`     datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_order_detail_coupon_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单明细购物券表';

CREATE TABLE IF NOT EXISTS `payment_info` (
  `id`               int           NOT NULL AUTO_INCREMENT COMMENT '编号',
  `out_trade_no`     varchar(50)   DEFAULT NULL COMMENT '对外业务编号',
  `order_id`         bigint        DEFAULT NULL COMMENT '订单编号',
  `user_id`          bigint        DEFAULT NULL,
  `payment_type`     varchar(20)   DEFAULT NULL COMMENT '支付类型 (base_dic 11xx)',
  `trade_no`         varchar(50)   DEFAULT NULL COMMENT '交易编号',
  `total_amount`     decimal(10,2) DEFAULT NULL COMMENT '支付金额',
  `subject`          varchar(200)  DEFAULT NULL COMMENT '交易内容',
  `payment_status`   varchar(20)   DEFAULT NULL COMMENT '支付状态 (base_dic 16xx)',
  `create_time`      datetime      DEFAULT NULL COMMENT '创建时间',
  `callback_time`    datetime      DEFAULT NULL COMMENT '回调时间',
  `callback_content` text          DEFAULT NULL COMMENT '回调信息',
  PRIMARY KEY (`id`),
  KEY `idx_payment_info_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='支付信息表';

CREATE TABLE IF NOT EXISTS `order_refund_info` (
  `id`                 bigint        NOT NULL AUTO_INCREMENT COMMENT '编号',
  `user_id`            bigint        DEFAULT NULL COMMENT '用户id',
  `order_id`           bigint        DEFAULT NULL COMMENT '订单id',
  `sku_id`             bigint        DEFAULT NULL COMMENT 'skuid',
  `refund_type`        varchar(20)   DEFAULT NULL COMMENT '退款类型 (base_dic 15xx)',
  `refund_num`         bigint        DEFAULT NULL COMMENT '退货件数',
  `refund_amount`      decimal(16,2) DEFAULT NULL COMMENT '退款金额',
  `refund_reason_type` varchar(200)  DEFAULT NULL COMMENT '原因类型 (base_dic 13xx)',
  `refund_reason_txt`  varchar(20)   DEFAULT NULL COMMENT '原因内容',
  `refund_status`      varchar(10)   DEFAULT NULL COMMENT '退款状态 (base_dic 07xx)',
  `create_time`        datetime      DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_order_refund_info_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='退单表';

CREATE TABLE IF NOT EXISTS `refund_payment` (
  `id`               int           NOT NULL AUTO_INCREMENT COMMENT '编号',
  `out_trade_no`     varchar(50)   DEFAULT NULL COMMENT '对外业务编号',
  `order_id`         bigint        DEFAULT NULL COMMENT '订单编号',
  `sku_id`           bigint        DEFAULT NULL,
  `payment_type`     varchar(20)   DEFAULT NULL COMMENT '支付类型 (base_dic 11xx)',
  `trade_no`         varchar(50)   DEFAULT NULL COMMENT '交易编号',
  `total_amount`     decimal(10,2) DEFAULT NULL COMMENT '退款金额',
  `subject`          varchar(200)  DEFAULT NULL COMMENT '交易内容',
  `refund_status`    varchar(30)   DEFAULT NULL COMMENT '退款状态 (base_dic 07xx)',
  `create_time`      datetime      DEFAULT NULL COMMENT '创建时间',
  `callback_time`    datetime      DEFAULT NULL COMMENT '回调时间',
  `callback_content` text          DEFAULT NULL COMMENT '回调信息',
  PRIMARY KEY (`id`),
  KEY `idx_out_trade_no` (`out_trade_no`),
  KEY `idx_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='退款信息表';

CREATE TABLE IF NOT EXISTS `coupon_use` (
  `id`            bigint      NOT NULL AUTO_INCREMENT COMMENT '编号',
  `coupon_id`     bigint      DEFAULT NULL COMMENT '购物券ID',
  `user_id`       bigint      DEFAULT NULL COMMENT '用户ID',
  `order_id`      bigint      DEFAULT NULL COMMENT '订单ID',
  `coupon_status` varchar(10) DEFAULT NULL COMMENT '购物券状态 (base_dic 14xx)',
  `create_time`   datetime    DEFAULT NULL COMMENT '创建时间',
  `get_time`      datetime    DEFAULT NULL COMMENT '获取时间',
  `using_time`    datetime    DEFAULT NULL COMMENT '使用时间',
  `used_time`     datetime    DEFAULT NULL COMMENT '支付时间',
  `expire_time`   datetime    DEFAULT NULL COMMENT '过期时间',
  PRIMARY KEY (`id`),
  KEY `idx_coupon_use_user_id` (`user_id`),
  KEY `idx_coupon_use_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='优惠券领用表';

CREATE TABLE IF NOT EXISTS `favor_info` (
  `id`          bigint     NOT NULL AUTO_INCREMENT COMMENT '编号',
  `user_id`     bigint     DEFAULT NULL COMMENT '用户id',
  `sku_id`      bigint     DEFAULT NULL COMMENT 'skuid',
  `spu_id`      bigint     DEFAULT NULL COMMENT '商品id',
  `is_cancel`   varchar(1) DEFAULT NULL COMMENT '是否已取消 0 正常 1 已取消',
  `create_time` datetime   DEFAULT NULL COMMENT '创建时间',
  `cancel_time` datetime   DEFAULT NULL COMMENT '取消时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='商品收藏表';

CREATE TABLE IF NOT EXISTS `comment_info` (
  `id`           bigint        NOT NULL AUTO_INCREMENT COMMENT '编号',
  `user_id`      bigint        DEFAULT NULL COMMENT '用户id',
  `nick_name`    varchar(20)   DEFAULT NULL COMMENT '用户昵称',
  `head_img`     varchar(200)  DEFAULT NULL,
  `sku_id`       bigint        DEFAULT NULL COMMENT 'skuid',
  `spu_id`       bigint        DEFAULT NULL COMMENT '商品id',
  `order_id`     bigint        DEFAULT NULL COMMENT '订单编号',
  `appraise`     varchar(10)   DEFAULT NULL COMMENT '评价 (base_dic 12xx)',
  `comment_txt`  varchar(2000) DEFAULT NULL COMMENT '评价内容',
  `create_time`  datetime      DEFAULT NULL COMMENT '创建时间',
  `operate_time` datetime      DEFAULT NULL COMMENT '修改时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='商品评论表';

CREATE TABLE IF NOT EXISTS `user_info` (
  `id`           bigint       NOT NULL AUTO_INCREMENT COMMENT '编号',
  `login_name`   varchar(200) DEFAULT NULL COMMENT '用户名称',
  `nick_name`    varchar(200) DEFAULT NULL COMMENT '用户昵称',
  `passwd`       varchar(200) DEFAULT NULL COMMENT '用户密码',
  `name`         varchar(200) DEFAULT NULL COMMENT '用户姓名',
  `phone_num`    varchar(200) DEFAULT NULL COMMENT '手机号',
  `email`        varchar(200) DEFAULT NULL COMMENT '邮箱',
  `head_img`     varchar(200) DEFAULT NULL COMMENT '头像',
  `user_level`   varchar(200) DEFAULT NULL COMMENT '用户级别',
  `birthday`     date         DEFAULT NULL COMMENT '用户生日',
  `gender`       varchar(1)   DEFAULT NULL COMMENT '性别 M男,F女',
  `create_time`  datetime     DEFAULT NULL COMMENT '创建时间',
  `operate_time` datetime     DEFAULT NULL COMMENT '修改时间',
  `status`       varchar(200) DEFAULT NULL COMMENT '状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户表';

-- base_dic has no PK in the 2022 edition; dic_code is made the PK here (as in later editions and as the
-- Flink JDBC lookup DDL declares it) because our CDC needs a key.
CREATE TABLE IF NOT EXISTS `base_dic` (
  `dic_code`     varchar(10)  NOT NULL COMMENT '编号',
  `dic_name`     varchar(100) DEFAULT NULL COMMENT '编码名称',
  `parent_code`  varchar(10)  DEFAULT NULL COMMENT '父编号',
  `create_time`  datetime     DEFAULT NULL COMMENT '创建时间',
  `operate_time` datetime     DEFAULT NULL COMMENT '修改日期',
  PRIMARY KEY (`dic_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='数据字典表';

-- -----------------------------------------------------------------------------------------------------
-- Dimension tables (sent to HBase by DimApp, see gmall_config.table_process)
-- -----------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS `activity_info` (
  `id`            bigint        NOT NULL AUTO_INCREMENT COMMENT '活动id',
  `activity_name` varchar(200)  DEFAULT NULL COMMENT '活动名称',
  `activity_type` varchar(10)   DEFAULT NULL COMMENT '活动类型 (base_dic 31xx)',
  `activity_desc` varchar(2000) DEFAULT NULL COMMENT '活动描述',
  `start_time`    datetime      DEFAULT NULL COMMENT '开始时间',
  `end_time`      datetime      DEFAULT NULL COMMENT '结束时间',
  `create_time`   datetime      DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='活动表';

CREATE TABLE IF NOT EXISTS `activity_rule` (
  `id`               int           NOT NULL AUTO_INCREMENT COMMENT '编号',
  `activity_id`      int           DEFAULT NULL COMMENT '活动id',
  `activity_type`    varchar(20)   DEFAULT NULL COMMENT '活动类型 (base_dic 31xx)',
  `condition_amount` decimal(16,2) DEFAULT NULL COMMENT '满减金额',
  `condition_num`    bigint        DEFAULT NULL COMMENT '满减件数',
  `benefit_amount`   decimal(16,2) DEFAULT NULL COMMENT '优惠金额',
  `benefit_discount` decimal(10,2) DEFAULT NULL COMMENT '优惠折扣',
  `benefit_level`    bigint        DEFAULT NULL COMMENT '优惠级别',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='活动规则表';

CREATE TABLE IF NOT EXISTS `activity_sku` (
  `id`          bigint   NOT NULL AUTO_INCREMENT COMMENT '编号',
  `activity_id` bigint   DEFAULT NULL COMMENT '活动id',
  `sku_id`      bigint   DEFAULT NULL COMMENT 'sku_id',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='活动参与商品';

CREATE TABLE IF NOT EXISTS `base_category1` (
  `id`   bigint      NOT NULL AUTO_INCREMENT COMMENT '编号',
  `name` varchar(10) NOT NULL COMMENT '分类名称',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='一级分类表';

CREATE TABLE IF NOT EXISTS `base_category2` (
  `id`           bigint       NOT NULL AUTO_INCREMENT COMMENT '编号',
  `name`         varchar(200) NOT NULL COMMENT '二级分类名称',
  `category1_id` bigint       DEFAULT NULL COMMENT '一级分类编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='二级分类表';

CREATE TABLE IF NOT EXISTS `base_category3` (
  `id`           bigint       NOT NULL AUTO_INCREMENT COMMENT '编号',
  `name`         varchar(200) NOT NULL COMMENT '三级分类名称',
  `category2_id` bigint       DEFAULT NULL COMMENT '二级分类编号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='三级分类表';

-- No PK in the 2022 edition; id is made the PK here because our CDC needs a key.
CREATE TABLE IF NOT EXISTS `base_province` (
  `id`         bigint      NOT NULL COMMENT 'id',
  `name`       varchar(20) DEFAULT NULL COMMENT '省名称',
  `region_id`  varchar(20) DEFAULT NULL COMMENT '大区id',
  `area_code`  varchar(20) DEFAULT NULL COMMENT '行政区位码',
  `iso_code`   varchar(20) DEFAULT NULL COMMENT '国际编码',
  `iso_3166_2` varchar(20) DEFAULT NULL COMMENT 'ISO3166编码',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='省份表';

-- No PK in the 2022 edition; id is made the PK here because our CDC needs a key.
CREATE TABLE IF NOT EXISTS `base_region` (
  `id`          varchar(20) NOT NULL COMMENT '大区id',
  `region_name` varchar(20) DEFAULT NULL COMMENT '大区名称',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='地区表';

CREATE TABLE IF NOT EXISTS `base_trademark` (
  `id`       bigint       NOT NULL AUTO_INCREMENT COMMENT '编号',
  `tm_name`  varchar(100) NOT NULL COMMENT '属性值',
  `logo_url` varchar(200) DEFAULT NULL COMMENT '品牌logo的图片路径',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='品牌表';

CREATE TABLE IF NOT EXISTS `coupon_info` (
  `id`               bigint        NOT NULL AUTO_INCREMENT COMMENT '购物券编号',
  `coupon_name`      varchar(100)  DEFAULT NULL COMMENT '购物券名称',
  `coupon_type`      varchar(10)   DEFAULT NULL COMMENT '购物券类型 (base_dic 32xx)',
  `condition_amount` decimal(10,2) DEFAULT NULL COMMENT '满额数',
  `condition_num`    bigint        DEFAULT NULL COMMENT '满件数',
  `activity_id`      bigint        DEFAULT NULL COMMENT '活动编号',
  `benefit_amount`   decimal(16,2) DEFAULT NULL COMMENT '减金额',
  `benefit_discount` decimal(10,2) DEFAULT NULL COMMENT '折扣',
  `create_time`      datetime      DEFAULT NULL COMMENT '创建时间',
  `range_type`       varchar(10)   DEFAULT NULL COMMENT '范围类型 (base_dic 33xx)',
  `limit_num`        int           NOT NULL DEFAULT 0 COMMENT '最多领用次数',
  `taken_count`      int           NOT NULL DEFAULT 0 COMMENT '已领用次数',
  `start_time`       datetime      DEFAULT NULL COMMENT '可以领取的开始日期',
  `end_time`         datetime      DEFAULT NULL COMMENT '可以领取的结束日期',
  `operate_time`     datetime      DEFAULT NULL COMMENT '修改时间',
  `expire_time`      datetime      DEFAULT NULL COMMENT '过期时间',
  `range_desc`       varchar(500)  DEFAULT NULL COMMENT '范围描述',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='优惠券表';

CREATE TABLE IF NOT EXISTS `coupon_range` (
  `id`         bigint      NOT NULL AUTO_INCREMENT COMMENT '编号',
  `coupon_id`  bigint      NOT NULL DEFAULT 0 COMMENT '优惠券id',
  `range_type` varchar(10) NOT NULL DEFAULT '' COMMENT '范围类型 3301 品类(三级分类id) 3302 品牌 3303 单品(spu_id)',
  `range_id`   bigint      NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='优惠券范围表';

CREATE TABLE IF NOT EXISTS `financial_sku_cost` (
  `id`          varchar(20)   NOT NULL,
  `sku_id`      bigint        DEFAULT NULL COMMENT 'sku_id',
  `sku_name`    varchar(20)   DEFAULT NULL COMMENT '商品名称',
  `busi_date`   varchar(20)   DEFAULT NULL COMMENT '业务日期',
  `is_lastest`  varchar(2)    DEFAULT NULL COMMENT '是否最近',
  `sku_cost`    decimal(16,2) DEFAULT NULL COMMENT '商品结算成本',
  `create_time` datetime      DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='商品成本表';

CREATE TABLE IF NOT EXISTS `sku_info` (
  `id`              bigint        NOT NULL AUTO_INCREMENT COMMENT '库存id(itemID)',
  `spu_id`          bigint        DEFAULT NULL COMMENT '商品id',
  `price`           decimal(10,0) DEFAULT NULL COMMENT '价格',
  `sku_name`        varchar(200)  DEFAULT NULL COMMENT 'sku名称',
  `sku_desc`        varchar(2000) DEFAULT NULL COMMENT '商品规格描述',
  `weight`          decimal(10,2) DEFAULT NULL COMMENT '重量',
  `tm_id`           bigint        DEFAULT NULL COMMENT '品牌(冗余)',
  `category3_id`    bigint        DEFAULT NULL COMMENT '三级分类id（冗余)',
  `sku_default_img` varchar(300)  DEFAULT NULL COMMENT '默认显示图片(冗余)',
  `is_sale`         tinyint       NOT NULL DEFAULT 0 COMMENT '是否销售（1：是 0：否）',
  `create_time`     datetime      DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='库存单元表';

CREATE TABLE IF NOT EXISTS `spu_info` (
  `id`           bigint        NOT NULL AUTO_INCREMENT COMMENT '商品id',
  `spu_name`     varchar(200)  DEFAULT NULL COMMENT '商品名称',
  `description`  varchar(1000) DEFAULT NULL COMMENT '商品描述(后台简述）',
  `category3_id` bigint        DEFAULT NULL COMMENT '三级分类id',
  `tm_id`        bigint        DEFAULT NULL COMMENT '品牌id',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='商品表';

-- =====================================================================================================
-- Reference data
-- =====================================================================================================

-- base_dic: family rows (parent_code NULL) and their codes. 10-15, 24, 31-33 are the 2022 dictionary; 16xx and 07xx are used by the pipeline filters (1602 paid, 0705 refund done); 35, 41, 42 come from the 2023 dictionary.
-- Note: the 2022 dump labels family 11 (payment type) '支付状态'; here it is '支付类型' and '支付状态' is family 16.
INSERT IGNORE INTO `base_dic` (dic_code, dic_name, parent_code, create_time, operate_time) VALUES
  ('10', '单据状态', NULL, '2022-06-01 00:00:00', NULL),
  ('1001', '未支付', '10', '2022-06-01 00:00:00', NULL),
  ('1002', '已支付', '10', '2022-06-01 00:00:00', NULL),
  ('1003', '已取消', '10', '2022-06-01 00:00:00', NULL),
  ('1004', '已完成', '10', '2022-06-01 00:00:00', NULL),
  ('1005', '退款中', '10', '2022-06-01 00:00:00', NULL),
  ('1006', '退款完成', '10', '2022-06-01 00:00:00', NULL),
  ('11', '支付类型', NULL, '2022-06-01 00:00:00', NULL),
  ('1101', '支付宝', '11', '2022-06-01 00:00:00', NULL),
  ('1102', '微信', '11', '2022-06-01 00:00:00', NULL),
  ('1103', '银联', '11', '2022-06-01 00:00:00', NULL),
  ('12', '评价', NULL, '2022-06-01 00:00:00', NULL),
  ('1201', '好评', '12', '2022-06-01 00:00:00', NULL),
  ('1202', '中评', '12', '2022-06-01 00:00:00', NULL),
  ('1203', '差评', '12', '2022-06-01 00:00:00', NULL),
  ('1204', '自动', '12', '2022-06-01 00:00:00', NULL),
  ('13', '退货原因', NULL, '2022-06-01 00:00:00', NULL),
  ('1301', '质量问题', '13', '2022-06-01 00:00:00', NULL),
  ('1302', '商品描述与实际描述不一致', '13', '2022-06-01 00:00:00', NULL),
  ('1303', '缺货', '13', '2022-06-01 00:00:00', NULL),
  ('1304', '号码不合适', '13', '2022-06-01 00:00:00', NULL),
  ('1305', '拍错', '13', '2022-06-01 00:00:00', NULL),
  ('1306', '不想买了', '13', '2022-06-01 00:00:00', NULL),
  ('1307', '其他', '13', '2022-06-01 00:00:00', NULL),
  ('14', '优惠券状态', NULL, '2022-06-01 00:00:00', NULL),
  ('1401', '未使用', '14', '2022-06-01 00:00:00', NULL),
  ('1402', '使用中', '14', '2022-06-01 00:00:00', NULL),
  ('1403', '已使用', '14', '2022-06-01 00:00:00', NULL),
  ('15', '退款类型', NULL, '2022-06-01 00:00:00', NULL),
  ('1501', '仅退款', '15', '2022-06-01 00:00:00', NULL),
  ('1502', '退货退款', '15', '2022-06-01 00:00:00', NULL),
  ('24', '来源类型', NULL, '2022-06-01 00:00:00', NULL),
  ('2401', '用户查询', '24', '2022-06-01 00:00:00', NULL),
  ('2402', '商品推广', '24', '2022-06-01 00:00:00', NULL),
  ('2403', '智能推荐', '24', '2022-06-01 00:00:00', NULL),
  ('2404', '促销活动', '24', '2022-06-01 00:00:00', NULL),
  ('31', '活动类型', NULL, '2022-06-01 00:00:00', NULL),
  ('3101', '满减', '31', '2022-06-01 00:00:00', NULL),
  ('3102', '满量打折', '31', '2022-06-01 00:00:00', NULL),
  ('3103', '直接折扣', '31', '2022-06-01 00:00:00', NULL),
  ('32', '优惠券类型', NULL, '2022-06-01 00:00:00', NULL),
  ('3201', '满减', '32', '2022-06-01 00:00:00', NULL),
  ('3202', '满量打折', '32', '2022-06-01 00:00:00', NULL),
  ('3203', '代金券', '32', '2022-06-01 00:00:00', NULL),
  ('33', '优惠券范围', NULL, '2022-06-01 00:00:00', NULL),
  ('3301', '品类券', '33', '2022-06-01 00:00:00', NULL),
  ('3302', '品牌券', '33', '2022-06-01 00:00:00', NULL),
  ('3303', '单品券', '33', '2022-06-01 00:00:00', NULL),
  ('16', '支付状态', NULL, '2022-06-01 00:00:00', NULL),
  ('1601', '未支付', '16', '2022-06-01 00:00:00', NULL),
  ('1602', '已支付', '16', '2022-06-01 00:00:00', NULL),
  ('1603', '已取消', '16', '2022-06-01 00:00:00', NULL),
  ('07', '退单状态', NULL, '2022-06-01 00:00:00', NULL),
  ('0701', '商家审核中', '07', '2022-06-01 00:00:00', NULL),
  ('0702', '商家审核通过', '07', '2022-06-01 00:00:00', NULL),
  ('0703', '商家审核未通过', '07', '2022-06-01 00:00:00', NULL),
  ('0704', '买家已发货', '07', '2022-06-01 00:00:00', NULL),
  ('0705', '退款完成', '07', '2022-06-01 00:00:00', NULL),
  ('0706', '退款失败', '07', '2022-06-01 00:00:00', NULL),
  ('35', '支付方式', NULL, '2022-06-01 00:00:00', NULL),
  ('3501', '在线支付', '35', '2022-06-01 00:00:00', NULL),
  ('3502', '货到付款', '35', '2022-06-01 00:00:00', NULL),
  ('41', '营销类型', NULL, '2022-06-01 00:00:00', NULL),
  ('4101', '固定', '41', '2022-06-01 00:00:00', NULL),
  ('4102', '算法', '41', '2022-06-01 00:00:00', NULL),
  ('42', '坑位类型', NULL, '2022-06-01 00:00:00', NULL),
  ('4201', 'banner', '42', '2022-06-01 00:00:00', NULL),
  ('4202', '宫格', '42', '2022-06-01 00:00:00', NULL),
  ('4203', '列表', '42', '2022-06-01 00:00:00', NULL),
  ('4204', '瀑布流', '42', '2022-06-01 00:00:00', NULL);

-- base_region: the 7 regions
INSERT IGNORE INTO `base_region` (id, region_name) VALUES
  ('1', '华北'),
  ('2', '华东'),
  ('3', '东北'),
  ('4', '华中'),
  ('5', '华南'),
  ('6', '西南'),
  ('7', '西北');

-- base_province: the 34 provincial divisions (ids, codes and regions as in the standard gmall data; area_code is what the app logs' common.ar carries)
INSERT IGNORE INTO `base_province` (id, name, region_id, area_code, iso_code, iso_3166_2) VALUES
  (1, '北京', '1', '110000', 'CN-11', 'CN-BJ'),
  (2, '天津', '1', '120000', 'CN-12', 'CN-TJ'),
  (3, '山西', '1', '140000', 'CN-14', 'CN-SX'),
  (4, '内蒙古', '1', '150000', 'CN-15', 'CN-NM'),
  (5, '河北', '1', '130000', 'CN-13', 'CN-HE'),
  (6, '上海', '2', '310000', 'CN-31', 'CN-SH'),
  (7, '江苏', '2', '320000', 'CN-32', 'CN-JS'),
  (8, '浙江', '2', '330000', 'CN-33', 'CN-ZJ'),
  (9, '安徽', '2', '340000', 'CN-34', 'CN-AH'),
  (10, '福建', '2', '350000', 'CN-35', 'CN-FJ'),
  (11, '江西', '2', '360000', 'CN-36', 'CN-JX'),
  (12, '山东', '2', '370000', 'CN-37', 'CN-SD'),
  (13, '重庆', '6', '500000', 'CN-50', 'CN-CQ'),
  (14, '台湾', '2', '710000', 'CN-71', 'CN-TW'),
  (15, '黑龙江', '3', '230000', 'CN-23', 'CN-HL'),
  (16, '吉林', '3', '220000', 'CN-22', 'CN-JL'),
  (17, '辽宁', '3', '210000', 'CN-21', 'CN-LN'),
  (18, '陕西', '7', '610000', 'CN-61', 'CN-SN'),
  (19, '甘肃', '7', '620000', 'CN-62', 'CN-GS'),
  (20, '青海', '7', '630000', 'CN-63', 'CN-QH'),
  (21, '宁夏', '7', '640000', 'CN-64', 'CN-NX'),
  (22, '新疆', '7', '650000', 'CN-65', 'CN-XJ'),
  (23, '河南', '4', '410000', 'CN-41', 'CN-HA'),
  (24, '湖北', '4', '420000', 'CN-42', 'CN-HB'),
  (25, '湖南', '4', '430000', 'CN-43', 'CN-HN'),
  (26, '广东', '5', '440000', 'CN-44', 'CN-GD'),
  (27, '广西', '5', '450000', 'CN-45', 'CN-GX'),
  (28, '海南', '5', '460000', 'CN-46', 'CN-HI'),
  (29, '香港', '5', '810000', 'CN-91', 'CN-HK'),
  (30, '澳门', '5', '820000', 'CN-92', 'CN-MO'),
  (31, '四川', '6', '510000', 'CN-51', 'CN-SC'),
  (32, '贵州', '6', '520000', 'CN-52', 'CN-GZ'),
  (33, '云南', '6', '530000', 'CN-53', 'CN-YN'),
  (34, '西藏', '6', '540000', 'CN-54', 'CN-XZ');

-- base_category1 / 2 / 3: a small three-level category tree
INSERT IGNORE INTO `base_category1` (id, name) VALUES
  (1, '手机'),
  (2, '家用电器'),
  (3, '电脑办公'),
  (4, '个护化妆'),
  (5, '服饰内衣'),
  (6, '食品饮料'),
  (7, '图书');

INSERT IGNORE INTO `base_category2` (id, name, category1_id) VALUES
  (1, '手机通讯', 1),
  (2, '手机配件', 1),
  (3, '大家电', 2),
  (4, '生活电器', 2),
  (5, '电脑整机', 3),
  (6, '外设产品', 3),
  (7, '面部护肤', 4),
  (8, '香水彩妆', 4),
  (9, '洗发护发', 4),
  (10, '女装', 5),
  (11, '男装', 5),
  (12, '休闲食品', 6),
  (13, '粮油调味', 6),
  (14, '文学', 7),
  (15, '童书', 7);

INSERT IGNORE INTO `base_category3` (id, name, category2_id) VALUES
  (1, '手机', 1),
  (2, '对讲机', 1),
  (3, '充电器', 2),
  (4, '数据线', 2),
  (5, '手机壳', 2),
  (6, '平板电视', 3),
  (7, '冰箱', 3),
  (8, '洗衣机', 3),
  (9, '空调', 3),
  (10, '吸尘器', 4),
  (11, '电风扇', 4),
  (12, '笔记本', 5),
  (13, '台式机', 5),
  (14, '平板电脑', 5),
  (15, '鼠标', 6),
  (16, '键盘', 6),
  (17, '面霜', 7),
  (18, '精华', 7),
  (19, '洁面', 7),
  (20, '香水', 8),
  (21, '口红', 8),
  (22, '洗发水', 9),
  (23, '连衣裙', 10),
  (24, 'T恤', 10),
  (25, '衬衫', 11),
  (26, '坚果炒货', 12),
  (27, '饼干蛋糕', 12),
  (28, '大米', 13),
  (29, '食用油', 13),
  (30, '小说', 14),
  (31, '散文随笔', 14),
  (32, '绘本', 15);

-- base_trademark
INSERT IGNORE INTO `base_trademark` (id, tm_name, logo_url) VALUES
  (1, '小米', '/static/default.jpg'),
  (2, '苹果', '/static/default.jpg'),
  (3, '华为', '/static/default.jpg'),
  (4, 'TCL', '/static/default.jpg'),
  (5, '长粒香', '/static/default.jpg'),
  (6, '索芙特', '/static/default.jpg'),
  (7, 'CAREMiLLE', '/static/default.jpg'),
  (8, '香奈儿', '/static/default.jpg'),
  (9, '海尔', '/static/default.jpg'),
  (10, '三星', '/static/default.jpg'),
  (11, '联想', '/static/default.jpg'),
  (12, '欧莱雅', '/static/default.jpg'),
  (13, '优衣库', '/static/default.jpg'),
  (14, '三只松鼠', '/static/default.jpg'),
  (15, '人民文学出版社', '/static/default.jpg');

-- spu_info: each SPU references a category3 and a trademark
INSERT IGNORE INTO `spu_info` (id, spu_name, description, category3_id, tm_id) VALUES
  (1, '小米12S Ultra', '小米12S Ultra 骁龙8+旗舰处理器 徕卡光学镜头 2K超视感屏 120Hz高刷 67W快充', 1, 1),
  (2, 'Redmi K50', 'Redmi K50 天玑8100 2K柔性直屏 OIS光学防抖 67W快充 5500mAh大电量', 1, 1),
  (3, 'Apple iPhone 14', 'Apple iPhone 14 A15仿生芯片 6.1英寸超视网膜XDR显示屏 支持移动联通电信5G', 1, 2),
  (4, '华为 HUAWEI Mate 50', '华为 HUAWEI Mate 50 直屏旗舰 超光变XMAGE影像 北斗卫星消息 低电量应急模式', 1, 3),
  (5, '三星 Galaxy S22', '三星 SAMSUNG Galaxy S22 超视觉夜拍系统 超清夜景 骁龙8 Gen1', 1, 10),
  (6, '小米 67W 充电器套装', '小米原装 67W 氮化镓充电器 USB-C 快充 含6A数据线', 3, 1),
  (7, 'Apple 20W USB-C 电源适配器', 'Apple 原装 20W USB-C 电源适配器 适用 iPhone iPad 快速充电', 3, 2),
  (8, 'TCL Q10G 量子点Mini LED电视', 'TCL Q10G 4K 144Hz 量子点 Mini LED 智能液晶平板电视 2022款', 6, 4),
  (9, '小米电视 EA 系列', '小米电视 EA 金属全面屏 4K超高清 远场语音 智能教育电视', 6, 1),
  (10, '海尔 BCD 十字双开门冰箱', '海尔 Haier 十字双开门 风冷无霜 变频一级能效 干湿分储 家用电冰箱', 7, 9),
  (11, '海尔 滚筒洗衣机', '海尔 Haier 滚筒洗衣机 全自动 10公斤 变频 除菌 家用大容量', 8, 9),
  (12, '联想 小新 Pro16', '联想 Lenovo 小新Pro16 2022 标压 16英寸 2.5K 120Hz 轻薄笔记本电脑', 12, 11),
  (13, '联想 拯救者 Y9000P', '联想 Lenovo 拯救者 Y9000P 2022 16英寸 2.5K 165Hz 电竞游戏笔记本电脑', 12, 11),
  (14, 'Apple MacBook Air M2', 'Apple MacBook Air 13.6英寸 M2芯片 Liquid视网膜显示屏 轻薄笔记本', 12, 2),
  (15, '华为 MatePad 11', '华为 HUAWEI MatePad 11 2023款 120Hz高刷全面屏 鸿蒙 影音娱乐办公学习平板电脑', 14, 3),
  (16, '欧莱雅 复颜玻尿酸水光充盈面霜', '欧莱雅 L''OREAL 复颜玻尿酸水光充盈 导入晶露面霜 补水保湿 紧致淡纹', 17, 12),
  (17, '欧莱雅 青春密码酵素精华肌底液', '欧莱雅 L''OREAL 青春密码 酵素精华肌底液 黑精华 修护维稳 细腻肌肤', 18, 12),
  (18, '索芙特 木瓜洗面奶', '索芙特 SOFTTO 木瓜白肤洗面奶 控油清洁 温和不紧绷 男女通用', 19, 6),
  (19, '香奈儿 邂逅清新淡香水', '香奈儿 CHANEL 邂逅清新淡香水 女士香水 柑橘花香调 持久留香', 20, 8),
  (20, 'CAREMiLLE 珂曼奶油小方口红', 'CAREMiLLE 珂曼 奶油小方口红 雾面哑光 显色持久 不易拔干', 21, 7),
  (21, '香奈儿 可可小姐唇膏', '香奈儿 CHANEL 可可小姐 炫亮魅力唇膏 水润光泽 丝缎质地', 21, 8),
  (22, '优衣库 女装 棉质连衣裙', '优衣库 UNIQLO 女装 棉质喇叭裙摆连衣裙 短袖 休闲通勤 夏季新款', 23, 13),
  (23, '优衣库 男装 牛津纺衬衫', '优衣库 UNIQLO 男装 高级易打理牛津纺衬衫 长袖 商务休闲', 25, 13),
  (24, '三只松鼠 每日坚果', '三只松鼠 每日坚果 混合果仁 休闲零食 独立小包装 营养早餐', 26, 14),
  (25, '长粒香 东北大米', '长粒香 东北大米 五常产区 当季新米 粒粒饱满 软糯香甜', 28, 5),
  (26, '余华《活着》', '余华 《活着》 人民文学出版社 茅盾文学奖作家代表作 当代文学经典', 30, 15),
  (27, '钱钟书《围城》', '钱钟书 《围城》 人民文学出版社 中国现代文学经典 长篇小说', 30, 15);

-- sku_info: tm_id and category3_id always equal those of the SKU's SPU
INSERT IGNORE INTO `sku_info` (id, spu_id, price, sku_name, sku_desc, weight, tm_id, category3_id, sku_default_img, is_sale, create_time) VALUES
  (1, 1, 5999, '小米12S Ultra 8GB+256GB 冷杉绿 5G手机', '小米12S Ultra 骁龙8+旗舰处理器 徕卡光学镜头 2K超视感屏 120Hz高刷 67W快充 8GB+256GB 冷杉绿 5G手机', '0.23', 1, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (2, 1, 6499, '小米12S Ultra 12GB+256GB 经典黑 5G手机', '小米12S Ultra 骁龙8+旗舰处理器 徕卡光学镜头 2K超视感屏 120Hz高刷 67W快充 12GB+256GB 经典黑 5G手机', '0.23', 1, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (3, 1, 6999, '小米12S Ultra 12GB+512GB 经典黑 5G手机', '小米12S Ultra 骁龙8+旗舰处理器 徕卡光学镜头 2K超视感屏 120Hz高刷 67W快充 12GB+512GB 经典黑 5G手机', '0.23', 1, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (4, 2, 2399, 'Redmi K50 8GB+128GB 幽芒 5G手机', 'Redmi K50 天玑8100 2K柔性直屏 OIS光学防抖 67W快充 5500mAh大电量 8GB+128GB 幽芒 5G手机', '0.20', 1, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (5, 2, 2599, 'Redmi K50 8GB+256GB 墨羽 5G手机', 'Redmi K50 天玑8100 2K柔性直屏 OIS光学防抖 67W快充 5500mAh大电量 8GB+256GB 墨羽 5G手机', '0.20', 1, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (6, 2, 2999, 'Redmi K50 12GB+256GB 银迹 5G手机', 'Redmi K50 天玑8100 2K柔性直屏 OIS光学防抖 67W快充 5500mAh大电量 12GB+256GB 银迹 5G手机', '0.20', 1, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (7, 3, 5999, 'Apple iPhone 14 128GB 午夜色 5G手机', 'Apple iPhone 14 A15仿生芯片 6.1英寸超视网膜XDR显示屏 支持移动联通电信5G 128GB 午夜色 5G手机', '0.17', 2, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (8, 3, 6899, 'Apple iPhone 14 256GB 星光色 5G手机', 'Apple iPhone 14 A15仿生芯片 6.1英寸超视网膜XDR显示屏 支持移动联通电信5G 256GB 星光色 5G手机', '0.17', 2, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (9, 3, 8699, 'Apple iPhone 14 512GB 蓝色 5G手机', 'Apple iPhone 14 A15仿生芯片 6.1英寸超视网膜XDR显示屏 支持移动联通电信5G 512GB 蓝色 5G手机', '0.17', 2, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (10, 4, 4999, '华为 HUAWEI Mate 50 8GB+128GB 曜金黑', '华为 HUAWEI Mate 50 直屏旗舰 超光变XMAGE影像 北斗卫星消息 低电量应急模式 8GB+128GB 曜金黑', '0.21', 3, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (11, 4, 5499, '华为 HUAWEI Mate 50 8GB+256GB 冰霜银', '华为 HUAWEI Mate 50 直屏旗舰 超光变XMAGE影像 北斗卫星消息 低电量应急模式 8GB+256GB 冰霜银', '0.21', 3, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (12, 5, 5699, '三星 Galaxy S22 8GB+128GB 曜夜黑 5G手机', '三星 SAMSUNG Galaxy S22 超视觉夜拍系统 超清夜景 骁龙8 Gen1 8GB+128GB 曜夜黑 5G手机', '0.17', 10, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (13, 5, 6199, '三星 Galaxy S22 8GB+256GB 雾松绿 5G手机', '三星 SAMSUNG Galaxy S22 超视觉夜拍系统 超清夜景 骁龙8 Gen1 8GB+256GB 雾松绿 5G手机', '0.17', 10, 1, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (14, 6, 149, '小米 67W 充电器套装 67W 白色 含数据线', '小米原装 67W 氮化镓充电器 USB-C 快充 含6A数据线 67W 白色 含数据线', '0.15', 1, 3, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (15, 6, 79, '小米 67W 充电器套装 33W 白色 含数据线', '小米原装 67W 氮化镓充电器 USB-C 快充 含6A数据线 33W 白色 含数据线', '0.12', 1, 3, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (16, 7, 149, 'Apple 20W USB-C 电源适配器 20W 白色', 'Apple 原装 20W USB-C 电源适配器 适用 iPhone iPad 快速充电 20W 白色', '0.06', 2, 3, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (17, 8, 5999, 'TCL Q10G 量子点Mini LED电视 65英寸 65Q10G', 'TCL Q10G 4K 144Hz 量子点 Mini LED 智能液晶平板电视 2022款 65英寸 65Q10G', '25.50', 4, 6, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (18, 8, 7999, 'TCL Q10G 量子点Mini LED电视 75英寸 75Q10G', 'TCL Q10G 4K 144Hz 量子点 Mini LED 智能液晶平板电视 2022款 75英寸 75Q10G', '36.00', 4, 6, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (19, 8, 11999, 'TCL Q10G 量子点Mini LED电视 85英寸 85Q10G', 'TCL Q10G 4K 144Hz 量子点 Mini LED 智能液晶平板电视 2022款 85英寸 85Q10G', '48.00', 4, 6, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (20, 9, 2299, '小米电视 EA 系列 55英寸 EA55', '小米电视 EA 金属全面屏 4K超高清 远场语音 智能教育电视 55英寸 EA55', '13.50', 1, 6, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (21, 9, 3299, '小米电视 EA 系列 65英寸 EA65', '小米电视 EA 金属全面屏 4K超高清 远场语音 智能教育电视 65英寸 EA65', '19.80', 1, 6, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (22, 9, 4699, '小米电视 EA 系列 75英寸 EA75', '小米电视 EA 金属全面屏 4K超高清 远场语音 智能教育电视 75英寸 EA75', '31.00', 1, 6, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (23, 10, 3999, '海尔 BCD 十字双开门冰箱 470升 十字门 BCD-470WDPG', '海尔 Haier 十字双开门 风冷无霜 变频一级能效 干湿分储 家用电冰箱 470升 十字门 BCD-470WDPG', '92.00', 9, 7, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (24, 10, 5499, '海尔 BCD 十字双开门冰箱 510升 对开门 BCD-510WGHSS', '海尔 Haier 十字双开门 风冷无霜 变频一级能效 干湿分储 家用电冰箱 510升 对开门 BCD-510WGHSS', '105.00', 9, 7, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (25, 11, 2199, '海尔 滚筒洗衣机 10公斤 纯洗 EG100MATE2S', '海尔 Haier 滚筒洗衣机 全自动 10公斤 变频 除菌 家用大容量 10公斤 纯洗 EG100MATE2S', '70.00', 9, 8, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (26, 11, 2999, '海尔 滚筒洗衣机 10公斤 洗烘一体 EG100HMATE2S', '海尔 Haier 滚筒洗衣机 全自动 10公斤 变频 除菌 家用大容量 10公斤 洗烘一体 EG100HMATE2S', '75.00', 9, 8, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (27, 12, 5499, '联想 小新 Pro16 i5-12500H 16G 512G 灰色', '联想 Lenovo 小新Pro16 2022 标压 16英寸 2.5K 120Hz 轻薄笔记本电脑 i5-12500H 16G 512G 灰色', '1.93', 11, 12, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (28, 12, 6299, '联想 小新 Pro16 i7-12700H 16G 512G 灰色', '联想 Lenovo 小新Pro16 2022 标压 16英寸 2.5K 120Hz 轻薄笔记本电脑 i7-12700H 16G 512G 灰色', '1.93', 11, 12, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (29, 13, 9999, '联想 拯救者 Y9000P i7-12700H 16G 512G RTX3060', '联想 Lenovo 拯救者 Y9000P 2022 16英寸 2.5K 165Hz 电竞游戏笔记本电脑 i7-12700H 16G 512G RTX3060', '2.50', 11, 12, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (30, 13, 12999, '联想 拯救者 Y9000P i9-12900H 32G 1T RTX3070Ti', '联想 Lenovo 拯救者 Y9000P 2022 16英寸 2.5K 165Hz 电竞游戏笔记本电脑 i9-12900H 32G 1T RTX3070Ti', '2.55', 11, 12, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (31, 14, 9499, 'Apple MacBook Air M2 8核CPU 8G 256G 午夜色', 'Apple MacBook Air 13.6英寸 M2芯片 Liquid视网膜显示屏 轻薄笔记本 8核CPU 8G 256G 午夜色', '1.24', 2, 12, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (32, 14, 10999, 'Apple MacBook Air M2 8核CPU 8G 512G 星光色', 'Apple MacBook Air 13.6英寸 M2芯片 Liquid视网膜显示屏 轻薄笔记本 8核CPU 8G 512G 星光色', '1.24', 2, 12, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (33, 15, 2499, '华为 MatePad 11 6GB+128GB WIFI 海岛蓝', '华为 HUAWEI MatePad 11 2023款 120Hz高刷全面屏 鸿蒙 影音娱乐办公学习平板电脑 6GB+128GB WIFI 海岛蓝', '0.49', 3, 14, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (34, 15, 2899, '华为 MatePad 11 8GB+128GB WIFI 曜石灰', '华为 HUAWEI MatePad 11 2023款 120Hz高刷全面屏 鸿蒙 影音娱乐办公学习平板电脑 8GB+128GB WIFI 曜石灰', '0.49', 3, 14, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (35, 16, 299, '欧莱雅 复颜玻尿酸水光充盈面霜 50ml', '欧莱雅 L''OREAL 复颜玻尿酸水光充盈 导入晶露面霜 补水保湿 紧致淡纹 50ml', '0.20', 12, 17, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (36, 16, 459, '欧莱雅 复颜玻尿酸水光充盈面霜 50ml+15ml*2 礼盒装', '欧莱雅 L''OREAL 复颜玻尿酸水光充盈 导入晶露面霜 补水保湿 紧致淡纹 50ml+15ml*2 礼盒装', '0.35', 12, 17, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (37, 17, 369, '欧莱雅 青春密码酵素精华肌底液 30ml', '欧莱雅 L''OREAL 青春密码 酵素精华肌底液 黑精华 修护维稳 细腻肌肤 30ml', '0.12', 12, 18, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (38, 17, 559, '欧莱雅 青春密码酵素精华肌底液 50ml', '欧莱雅 L''OREAL 青春密码 酵素精华肌底液 黑精华 修护维稳 细腻肌肤 50ml', '0.18', 12, 18, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (39, 18, 39, '索芙特 木瓜洗面奶 100g', '索芙特 SOFTTO 木瓜白肤洗面奶 控油清洁 温和不紧绷 男女通用 100g', '0.13', 6, 19, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (40, 18, 69, '索芙特 木瓜洗面奶 100g*2支装', '索芙特 SOFTTO 木瓜白肤洗面奶 控油清洁 温和不紧绷 男女通用 100g*2支装', '0.26', 6, 19, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (41, 19, 1100, '香奈儿 邂逅清新淡香水 50ml', '香奈儿 CHANEL 邂逅清新淡香水 女士香水 柑橘花香调 持久留香 50ml', '0.30', 8, 20, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (42, 19, 1580, '香奈儿 邂逅清新淡香水 100ml', '香奈儿 CHANEL 邂逅清新淡香水 女士香水 柑橘花香调 持久留香 100ml', '0.45', 8, 20, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (43, 20, 69, 'CAREMiLLE 珂曼奶油小方口红 M01 醉蔷薇', 'CAREMiLLE 珂曼 奶油小方口红 雾面哑光 显色持久 不易拔干 M01 醉蔷薇', '0.05', 7, 21, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (44, 20, 69, 'CAREMiLLE 珂曼奶油小方口红 M02 干枫叶', 'CAREMiLLE 珂曼 奶油小方口红 雾面哑光 显色持久 不易拔干 M02 干枫叶', '0.05', 7, 21, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (45, 20, 69, 'CAREMiLLE 珂曼奶油小方口红 M03 赭茶色', 'CAREMiLLE 珂曼 奶油小方口红 雾面哑光 显色持久 不易拔干 M03 赭茶色', '0.05', 7, 21, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (46, 21, 380, '香奈儿 可可小姐唇膏 #58 复古红', '香奈儿 CHANEL 可可小姐 炫亮魅力唇膏 水润光泽 丝缎质地 #58 复古红', '0.06', 8, 21, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (47, 21, 380, '香奈儿 可可小姐唇膏 #43 砖红色', '香奈儿 CHANEL 可可小姐 炫亮魅力唇膏 水润光泽 丝缎质地 #43 砖红色', '0.06', 8, 21, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (48, 22, 199, '优衣库 女装 棉质连衣裙 藏青色 S', '优衣库 UNIQLO 女装 棉质喇叭裙摆连衣裙 短袖 休闲通勤 夏季新款 藏青色 S', '0.30', 13, 23, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (49, 22, 199, '优衣库 女装 棉质连衣裙 藏青色 M', '优衣库 UNIQLO 女装 棉质喇叭裙摆连衣裙 短袖 休闲通勤 夏季新款 藏青色 M', '0.31', 13, 23, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (50, 22, 199, '优衣库 女装 棉质连衣裙 米色 L', '优衣库 UNIQLO 女装 棉质喇叭裙摆连衣裙 短袖 休闲通勤 夏季新款 米色 L', '0.32', 13, 23, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (51, 23, 149, '优衣库 男装 牛津纺衬衫 白色 M', '优衣库 UNIQLO 男装 高级易打理牛津纺衬衫 长袖 商务休闲 白色 M', '0.28', 13, 25, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (52, 23, 149, '优衣库 男装 牛津纺衬衫 浅蓝色 L', '优衣库 UNIQLO 男装 高级易打理牛津纺衬衫 长袖 商务休闲 浅蓝色 L', '0.29', 13, 25, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (53, 24, 129, '三只松鼠 每日坚果 750g/30袋', '三只松鼠 每日坚果 混合果仁 休闲零食 独立小包装 营养早餐 750g/30袋', '0.90', 14, 26, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (54, 24, 69, '三只松鼠 每日坚果 375g/15袋', '三只松鼠 每日坚果 混合果仁 休闲零食 独立小包装 营养早餐 375g/15袋', '0.45', 14, 26, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (55, 25, 59, '长粒香 东北大米 5kg', '长粒香 东北大米 五常产区 当季新米 粒粒饱满 软糯香甜 5kg', '5.00', 5, 28, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (56, 25, 99, '长粒香 东北大米 10kg', '长粒香 东北大米 五常产区 当季新米 粒粒饱满 软糯香甜 10kg', '10.00', 5, 28, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (57, 26, 35, '余华《活着》 平装', '余华 《活着》 人民文学出版社 茅盾文学奖作家代表作 当代文学经典 平装', '0.30', 15, 30, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (58, 26, 59, '余华《活着》 精装典藏版', '余华 《活着》 人民文学出版社 茅盾文学奖作家代表作 当代文学经典 精装典藏版', '0.50', 15, 30, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (59, 27, 39, '钱钟书《围城》 平装', '钱钟书 《围城》 人民文学出版社 中国现代文学经典 长篇小说 平装', '0.40', 15, 30, '/static/default.jpg', 1, '2022-06-01 00:00:00'),
  (60, 27, 68, '钱钟书《围城》 精装纪念版', '钱钟书 《围城》 人民文学出版社 中国现代文学经典 长篇小说 精装纪念版', '0.60', 15, 30, '/static/default.jpg', 1, '2022-06-01 00:00:00');

-- activity_info: 3 activities running from 2020-01-01 to 2030-12-31
INSERT IGNORE INTO `activity_info` (id, activity_name, activity_type, activity_desc, start_time, end_time, create_time) VALUES
  (1, '小米手机专场', '3101', '小米手机满5000减500，满8000减900', '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00'),
  (2, 'CAREMiLLE口红满两个8折', '3102', 'CAREMiLLE口红满2件8折，满3件7折', '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00'),
  (3, '大家电全场9折', '3103', 'TCL、小米电视及海尔冰箱、洗衣机全场9折', '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00');

-- activity_rule: 3101 uses condition_amount/benefit_amount, 3102 condition_num/benefit_discount, 3103 benefit_discount only (8.00 = 8折 = pay 80 %)
INSERT IGNORE INTO `activity_rule` (id, activity_id, activity_type, condition_amount, condition_num, benefit_amount, benefit_discount, benefit_level) VALUES
  (1, 1, '3101', '5000.00', NULL, '500.00', NULL, 1),
  (2, 1, '3101', '8000.00', NULL, '900.00', NULL, 2),
  (3, 2, '3102', NULL, 2, NULL, '8.00', 1),
  (4, 2, '3102', NULL, 3, NULL, '7.00', 2),
  (5, 3, '3103', NULL, NULL, NULL, '9.00', 1);

-- activity_sku: every SKU of the activity's SPUs; no SKU is in two activities
INSERT IGNORE INTO `activity_sku` (id, activity_id, sku_id, create_time) VALUES
  (1, 1, 1, '2022-06-01 00:00:00'),
  (2, 1, 2, '2022-06-01 00:00:00'),
  (3, 1, 3, '2022-06-01 00:00:00'),
  (4, 1, 4, '2022-06-01 00:00:00'),
  (5, 1, 5, '2022-06-01 00:00:00'),
  (6, 1, 6, '2022-06-01 00:00:00'),
  (7, 2, 43, '2022-06-01 00:00:00'),
  (8, 2, 44, '2022-06-01 00:00:00'),
  (9, 2, 45, '2022-06-01 00:00:00'),
  (10, 3, 17, '2022-06-01 00:00:00'),
  (11, 3, 18, '2022-06-01 00:00:00'),
  (12, 3, 19, '2022-06-01 00:00:00'),
  (13, 3, 20, '2022-06-01 00:00:00'),
  (14, 3, 21, '2022-06-01 00:00:00'),
  (15, 3, 22, '2022-06-01 00:00:00'),
  (16, 3, 23, '2022-06-01 00:00:00'),
  (17, 3, 24, '2022-06-01 00:00:00'),
  (18, 3, 25, '2022-06-01 00:00:00'),
  (19, 3, 26, '2022-06-01 00:00:00');

-- coupon_info: 3201 满减 (condition_amount/benefit_amount), 3202 满量打折 (condition_num/benefit_discount), 3203 代金券 (benefit_amount)
INSERT IGNORE INTO `coupon_info` (id, coupon_name, coupon_type, condition_amount, condition_num, activity_id, benefit_amount, benefit_discount, create_time, range_type, limit_num, taken_count, start_time, end_time, operate_time, expire_time, range_desc) VALUES
  (1, '口红品类券 满99减30', '3201', '99.00', NULL, NULL, '30.00', NULL, '2022-06-01 00:00:00', '3301', 100, 0, '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00', '2030-12-31 23:59:59', '口红品类满99元减30元'),
  (2, '手机品类券 满3000减200', '3201', '3000.00', NULL, NULL, '200.00', NULL, '2022-06-01 00:00:00', '3301', 100, 0, '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00', '2030-12-31 23:59:59', '手机品类满3000元减200元'),
  (3, '欧莱雅品牌券 满2件8折', '3202', NULL, 2, NULL, NULL, '8.00', '2022-06-01 00:00:00', '3302', 100, 0, '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00', '2030-12-31 23:59:59', '欧莱雅品牌商品满2件打8折'),
  (4, '小米品牌代金券 50元', '3203', NULL, NULL, NULL, '50.00', NULL, '2022-06-01 00:00:00', '3302', 200, 0, '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00', '2030-12-31 23:59:59', '小米品牌商品立减50元'),
  (5, '文学小说单品券 满2件9折', '3202', NULL, 2, NULL, NULL, '9.00', '2022-06-01 00:00:00', '3303', 300, 0, '2020-01-01 00:00:00', '2030-12-31 23:59:59', '2022-06-01 00:00:00', '2030-12-31 23:59:59', '《活着》《围城》满2件打9折');

-- coupon_range: range_id is a base_category3 id (3301), a base_trademark id (3302) or a spu_info id (3303)
INSERT IGNORE INTO `coupon_range` (id, coupon_id, range_type, range_id) VALUES
  (1, 1, '3301', 21),
  (2, 2, '3301', 1),
  (3, 3, '3302', 12),
  (4, 4, '3302', 1),
  (5, 5, '3303', 26),
  (6, 5, '3303', 27);

-- financial_sku_cost: one row per SKU (id = sku id), cost 60-80 % of the price; sku_name is varchar(20), so it holds the first 20 characters of sku_info.sku_name
INSERT IGNORE INTO `financial_sku_cost` (id, sku_id, sku_name, busi_date, is_lastest, sku_cost, create_time) VALUES
  ('1', 1, '小米12S Ultra 8GB+256G', '2022-06-01', '1', '4019.33', '2022-06-01 00:00:00'),
  ('2', 2, '小米12S Ultra 12GB+256', '2022-06-01', '1', '4809.26', '2022-06-01 00:00:00'),
  ('3', 3, '小米12S Ultra 12GB+512', '2022-06-01', '1', '4199.40', '2022-06-01 00:00:00'),
  ('4', 4, 'Redmi K50 8GB+128GB ', '2022-06-01', '1', '1607.33', '2022-06-01 00:00:00'),
  ('5', 5, 'Redmi K50 8GB+256GB ', '2022-06-01', '1', '1923.26', '2022-06-01 00:00:00'),
  ('6', 6, 'Redmi K50 12GB+256GB', '2022-06-01', '1', '1799.40', '2022-06-01 00:00:00'),
  ('7', 7, 'Apple iPhone 14 128G', '2022-06-01', '1', '4019.33', '2022-06-01 00:00:00'),
  ('8', 8, 'Apple iPhone 14 256G', '2022-06-01', '1', '5105.26', '2022-06-01 00:00:00'),
  ('9', 9, 'Apple iPhone 14 512G', '2022-06-01', '1', '5219.40', '2022-06-01 00:00:00'),
  ('10', 10, '华为 HUAWEI Mate 50 8G', '2022-06-01', '1', '3349.33', '2022-06-01 00:00:00'),
  ('11', 11, '华为 HUAWEI Mate 50 8G', '2022-06-01', '1', '4069.26', '2022-06-01 00:00:00'),
  ('12', 12, '三星 Galaxy S22 8GB+12', '2022-06-01', '1', '3419.40', '2022-06-01 00:00:00'),
  ('13', 13, '三星 Galaxy S22 8GB+25', '2022-06-01', '1', '4153.33', '2022-06-01 00:00:00'),
  ('14', 14, '小米 67W 充电器套装 67W 白色 ', '2022-06-01', '1', '110.26', '2022-06-01 00:00:00'),
  ('15', 15, '小米 67W 充电器套装 33W 白色 ', '2022-06-01', '1', '47.40', '2022-06-01 00:00:00'),
  ('16', 16, 'Apple 20W USB-C 电源适配', '2022-06-01', '1', '99.83', '2022-06-01 00:00:00'),
  ('17', 17, 'TCL Q10G 量子点Mini LED', '2022-06-01', '1', '4439.26', '2022-06-01 00:00:00'),
  ('18', 18, 'TCL Q10G 量子点Mini LED', '2022-06-01', '1', '4799.40', '2022-06-01 00:00:00'),
  ('19', 19, 'TCL Q10G 量子点Mini LED', '2022-06-01', '1', '8039.33', '2022-06-01 00:00:00'),
  ('20', 20, '小米电视 EA 系列 55英寸 EA55', '2022-06-01', '1', '1701.26', '2022-06-01 00:00:00'),
  ('21', 21, '小米电视 EA 系列 65英寸 EA65', '2022-06-01', '1', '1979.40', '2022-06-01 00:00:00'),
  ('22', 22, '小米电视 EA 系列 75英寸 EA75', '2022-06-01', '1', '3148.33', '2022-06-01 00:00:00'),
  ('23', 23, '海尔 BCD 十字双开门冰箱 470升 ', '2022-06-01', '1', '2959.26', '2022-06-01 00:00:00'),
  ('24', 24, '海尔 BCD 十字双开门冰箱 510升 ', '2022-06-01', '1', '3299.40', '2022-06-01 00:00:00'),
  ('25', 25, '海尔 滚筒洗衣机 10公斤 纯洗 EG1', '2022-06-01', '1', '1473.33', '2022-06-01 00:00:00'),
  ('26', 26, '海尔 滚筒洗衣机 10公斤 洗烘一体 E', '2022-06-01', '1', '2219.26', '2022-06-01 00:00:00'),
  ('27', 27, '联想 小新 Pro16 i5-12500', '2022-06-01', '1', '3299.40', '2022-06-01 00:00:00'),
  ('28', 28, '联想 小新 Pro16 i7-12700', '2022-06-01', '1', '4220.33', '2022-06-01 00:00:00'),
  ('29', 29, '联想 拯救者 Y9000P i7-127', '2022-06-01', '1', '7399.26', '2022-06-01 00:00:00'),
  ('30', 30, '联想 拯救者 Y9000P i9-129', '2022-06-01', '1', '7799.40', '2022-06-01 00:00:00'),
  ('31', 31, 'Apple MacBook Air M2', '2022-06-01', '1', '6364.33', '2022-06-01 00:00:00'),
  ('32', 32, 'Apple MacBook Air M2', '2022-06-01', '1', '8139.26', '2022-06-01 00:00:00'),
  ('33', 33, '华为 MatePad 11 6GB+12', '2022-06-01', '1', '1499.40', '2022-06-01 00:00:00'),
  ('34', 34, '华为 MatePad 11 8GB+12', '2022-06-01', '1', '1942.33', '2022-06-01 00:00:00'),
  ('35', 35, '欧莱雅 复颜玻尿酸水光充盈面霜 50ml', '2022-06-01', '1', '221.26', '2022-06-01 00:00:00'),
  ('36', 36, '欧莱雅 复颜玻尿酸水光充盈面霜 50ml', '2022-06-01', '1', '275.40', '2022-06-01 00:00:00'),
  ('37', 37, '欧莱雅 青春密码酵素精华肌底液 30ml', '2022-06-01', '1', '247.23', '2022-06-01 00:00:00'),
  ('38', 38, '欧莱雅 青春密码酵素精华肌底液 50ml', '2022-06-01', '1', '413.66', '2022-06-01 00:00:00'),
  ('39', 39, '索芙特 木瓜洗面奶 100g', '2022-06-01', '1', '23.40', '2022-06-01 00:00:00'),
  ('40', 40, '索芙特 木瓜洗面奶 100g*2支装', '2022-06-01', '1', '46.23', '2022-06-01 00:00:00'),
  ('41', 41, '香奈儿 邂逅清新淡香水 50ml', '2022-06-01', '1', '814.00', '2022-06-01 00:00:00'),
  ('42', 42, '香奈儿 邂逅清新淡香水 100ml', '2022-06-01', '1', '948.00', '2022-06-01 00:00:00'),
  ('43', 43, 'CAREMiLLE 珂曼奶油小方口红 M', '2022-06-01', '1', '46.23', '2022-06-01 00:00:00'),
  ('44', 44, 'CAREMiLLE 珂曼奶油小方口红 M', '2022-06-01', '1', '51.06', '2022-06-01 00:00:00'),
  ('45', 45, 'CAREMiLLE 珂曼奶油小方口红 M', '2022-06-01', '1', '41.40', '2022-06-01 00:00:00'),
  ('46', 46, '香奈儿 可可小姐唇膏 #58 复古红', '2022-06-01', '1', '254.60', '2022-06-01 00:00:00'),
  ('47', 47, '香奈儿 可可小姐唇膏 #43 砖红色', '2022-06-01', '1', '281.20', '2022-06-01 00:00:00'),
  ('48', 48, '优衣库 女装 棉质连衣裙 藏青色 S', '2022-06-01', '1', '119.40', '2022-06-01 00:00:00'),
  ('49', 49, '优衣库 女装 棉质连衣裙 藏青色 M', '2022-06-01', '1', '133.33', '2022-06-01 00:00:00'),
  ('50', 50, '优衣库 女装 棉质连衣裙 米色 L', '2022-06-01', '1', '147.26', '2022-06-01 00:00:00'),
  ('51', 51, '优衣库 男装 牛津纺衬衫 白色 M', '2022-06-01', '1', '89.40', '2022-06-01 00:00:00'),
  ('52', 52, '优衣库 男装 牛津纺衬衫 浅蓝色 L', '2022-06-01', '1', '99.83', '2022-06-01 00:00:00'),
  ('53', 53, '三只松鼠 每日坚果 750g/30袋', '2022-06-01', '1', '95.46', '2022-06-01 00:00:00'),
  ('54', 54, '三只松鼠 每日坚果 375g/15袋', '2022-06-01', '1', '41.40', '2022-06-01 00:00:00'),
  ('55', 55, '长粒香 东北大米 5kg', '2022-06-01', '1', '39.53', '2022-06-01 00:00:00'),
  ('56', 56, '长粒香 东北大米 10kg', '2022-06-01', '1', '73.26', '2022-06-01 00:00:00'),
  ('57', 57, '余华《活着》 平装', '2022-06-01', '1', '21.00', '2022-06-01 00:00:00'),
  ('58', 58, '余华《活着》 精装典藏版', '2022-06-01', '1', '39.53', '2022-06-01 00:00:00'),
  ('59', 59, '钱钟书《围城》 平装', '2022-06-01', '1', '28.86', '2022-06-01 00:00:00'),
  ('60', 60, '钱钟书《围城》 精装纪念版', '2022-06-01', '1', '40.80', '2022-06-01 00:00:00');

-- user_info and every fact/event table stay empty: the simulator fills them.
