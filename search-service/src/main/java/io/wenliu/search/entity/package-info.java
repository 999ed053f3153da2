/** Entities across the archive: one canonical name per real-world thing, and the entity page's figures. */
package io.wenliu.search.entity;
