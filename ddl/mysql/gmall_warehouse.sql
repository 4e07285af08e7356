-- =====================================================================================================
-- gmall-rtdw: the warehouse's own table in database `gmall` (not the shop's). Applied at every start of the
-- local stack (idempotent), so a stack made by an earlier version gets it too.
--
-- warehouse_heartbeat: `bin/gmall demo` and the end-to-end test write here until the write reaches topic_db
-- as an event, to know that OdsDbApp's snapshot is over before they start the shop (OdsBinlogProbe). No job
-- reads it; DimApp and the DWD jobs pass over tables they are not configured for.
-- =====================================================================================================

SET NAMES utf8mb4;
USE gmall;

CREATE TABLE IF NOT EXISTS `warehouse_heartbeat` (
  `id`      tinyint     NOT NULL,
  `beat_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
