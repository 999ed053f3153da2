/** The entity page: one entity across the archive, from aggregations over the index. */
package io.wenliu.search.entity;
