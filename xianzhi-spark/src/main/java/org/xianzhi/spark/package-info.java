/**
 * Batch mode on Apache Spark: {@link org.xianzhi.spark.FactJob} reads documents (binary files from any Hadoop path,
 * or Parquet/JSONL tables of file and bytes or text), runs the core pipeline once per partition, and writes the facts
 * as Parquet partitioned by province and year, with tables of the documents read and the files rejected.
 * Spark types stay in this module; the core knows nothing of them.
 */
package org.xianzhi.spark;
