import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 672:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__.p + "94f8b652729b24813c0a.wasm";

/***/ }),

/***/ 943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ Language),
/* harmony export */   iX: () => (/* binding */ Parser)
/* harmony export */ });
/* unused harmony exports CaptureQuantifier, LANGUAGE_VERSION, LookaheadIterator, MIN_COMPATIBLE_VERSION, Node, Query, Tree, TreeCursor */
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// src/constants.ts
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;

// src/lookahead_iterator.ts
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};

// src/tree.ts
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};

// src/tree_cursor.ts
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};

// src/node.ts
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};

// src/marshal.ts
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");

// src/query.ts
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};

// src/language.ts
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await import("fs/promises");
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
};

// lib/tree-sitter.mjs
var Module2 = (() => {
  var _scriptName = import.meta.url;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire } = await import("module");
      var require = createRequire(import.meta.url);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path, scriptDirectory);
      }
      return scriptDirectory + path;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!import.meta.url.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL(/* asset import */ __nccwpck_require__(672), __nccwpck_require__.b).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"], result2["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports = receiveInstantiationResult(result);
        return exports;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var symname = getString();
              var flags2 = getLEB();
              if (flags2 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var modname = getString();
              var symname = getString();
              var flags2 = getLEB();
              if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
      for (var symName in exports) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value = exports[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports) {
        var value = exports[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
      for (var [sym, exp] of Object.entries(exports)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags2 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags2.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags2.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags2.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags2.nodelete ? Infinity : 1;
      dso.global = flags2.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags2.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags2.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags2.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports) {
        if (dso.global) {
          mergeLibSymbols(exports, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports);
        }
        dso.exports = exports;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags2.loadAsync) {
        return getExports().then((exports) => {
          moduleLoaded(exports);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
      var len = 0;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var c = str.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var u = str.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str;
        str += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;

// src/bindings.ts
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");

// src/parser.ts
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

//# sourceMappingURL=tree-sitter.js.map


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	// no install chunk
/******/ 	
/******/ 	// no chunk on demand loading
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/core/finding.js
/** The one findings model shared by every check, reporter, action and the CLI. */
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
const PROJECT_URL = 'https://github.com/airflow-gitops/airflow-gitops-actions';
function docsUrlFor(ruleId, ruleName) {
    return `${PROJECT_URL}/blob/main/docs/rules.md#${ruleId.toLowerCase()}-${ruleName}`;
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.range?.startLine ?? 0) - (b.range?.startLine ?? 0) ||
        (a.range?.startColumn ?? 0) - (b.range?.startColumn ?? 0) ||
        a.ruleId.localeCompare(b.ruleId));
}
function countBySeverity(findings) {
    const totals = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        totals[f.severity]++;
    return totals;
}
function parseFailOn(value) {
    const v = (value ?? '').trim() || 'error';
    if (v === 'error' || v === 'warning' || v === 'never')
        return v;
    throw new finding_UsageError(`fail-on must be error, warning or never (got "${v}").`);
}
function failsAt(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}
/** Bad invocation or configuration: exit code 2 with one sentence, no stack. */
class finding_UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: ./src/core/files.js




const files_DEFAULT_MAX_FILE_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
// PEP 263: a coding declaration on line 1 or 2 decides how Python decodes the source.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
function readTextFile(file, maxBytes = files_DEFAULT_MAX_FILE_BYTES) {
    let stat;
    try {
        stat = fs.statSync(file);
    }
    catch (e) {
        return { kind: 'unreadable', reason: e.code ?? String(e) };
    }
    if (!stat.isFile())
        return { kind: 'unreadable', reason: 'not a regular file' };
    if (stat.size > maxBytes)
        return { kind: 'too-large', bytes: stat.size, limit: maxBytes };
    let buf;
    try {
        buf = fs.readFileSync(file);
    }
    catch (e) {
        return { kind: 'unreadable', reason: e.code ?? String(e) };
    }
    return decodeSource(buf);
}
/** Non-streaming decode() keeps no state, so one decoder per encoding serves every file. */
const decoders = new Map();
function decodeSource(buf) {
    const bytes = buf.length;
    if (buf.subarray(0, 8192).includes(0))
        return { kind: 'binary', bytes };
    let start = 0;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        start = 3;
    const encoding = declaredEncoding(buf) ?? 'utf-8';
    // The coding line itself is ASCII, so a UTF-16/32 declaration can never describe the file truly:
    // Python's import fails on it, and decoding it anyway turns the file into CJK noise that sends
    // the parser's error recovery into minutes of work.
    if (/^utf-?(16|32)/.test(encoding)) {
        return { kind: 'bad-encoding', bytes, line: 1, encoding, reason: `The coding line declares ${encoding}, which Python cannot read source files in: importing it fails.` };
    }
    let decoder = decoders.get(encoding);
    if (!decoder) {
        try {
            decoder = new external_node_util_namespaceObject.TextDecoder(encoding, { fatal: true });
        }
        catch {
            return { kind: 'bad-encoding', bytes, line: 1, encoding };
        }
        decoders.set(encoding, decoder);
    }
    try {
        return { kind: 'text', text: decoder.decode(buf.subarray(start)), bytes };
    }
    catch {
        return { kind: 'bad-encoding', bytes, line: firstBadUtf8Line(buf), encoding };
    }
}
/** Python codec names that WHATWG TextDecoder spells differently. */
const PYTHON_CODEC_ALIASES = {
    'latin-1': 'iso-8859-1',
    latin1: 'iso-8859-1',
    l1: 'iso-8859-1',
    'iso8859-1': 'iso-8859-1',
    utf8: 'utf-8',
    'utf-8-sig': 'utf-8',
    cp1252: 'windows-1252',
};
function declaredEncoding(buf) {
    const head = buf.subarray(0, 512).toString('latin1').split('\n', 2);
    for (const line of head) {
        const m = CODING_COOKIE.exec(line);
        if (m) {
            const name = m[1].toLowerCase().replace(/_/g, '-');
            return PYTHON_CODEC_ALIASES[name] ?? name;
        }
        if (!/^[ \t\f]*(#|$)/.test(line))
            break;
    }
    return undefined;
}
function firstBadUtf8Line(buf) {
    const decoder = new external_node_util_namespaceObject.TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i <= buf.length; i++) {
        if (i === buf.length || buf[i] === 0x0a) {
            try {
                decoder.decode(buf.subarray(lineStart, i));
            }
            catch {
                return line;
            }
            line++;
            lineStart = i + 1;
        }
    }
    return line;
}
/**
 * Converts a glob (**, *, ?, {a,b}, [abc], [a-z], [!abc]) to a RegExp over forward-slash paths.
 * A malformed glob (an unclosed `{` or `[`, a reversed range) is a UsageError naming the glob,
 * never a RegExp syntax error from deep inside.
 */
function globToRegExp(glob) {
    const bad = (why) => {
        throw new UsageError(`Invalid glob "${glob}": ${why}. Escape nothing; name an existing file exactly to match it literally.`);
    };
    let re = '';
    let i = 0;
    let inBraces = 0;
    while (i < glob.length) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slashAfter = glob[i + 2] === '/';
                re += slashAfter ? '(?:.*/)?' : '.*';
                i += slashAfter ? 3 : 2;
                continue;
            }
            re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            inBraces++;
            re += '(?:';
        }
        else if (c === '}' && inBraces > 0) {
            inBraces--;
            re += ')';
        }
        else if (c === ',' && inBraces > 0)
            re += '|';
        else if (c === '[') {
            // A `]` right after `[` or `[!` is a member, as in fnmatch.
            let j = i + 1;
            const negated = glob[j] === '!';
            if (negated)
                j++;
            const close = glob.indexOf(']', glob[j] === ']' ? j + 1 : j);
            if (close < 0)
                bad(`"[" at position ${i + 1} is never closed with "]"`);
            re += bracketClass(glob.slice(j, close), negated, bad);
            i = close + 1;
            continue;
        }
        else
            re += escapeRegExpChar(c);
        i++;
    }
    if (inBraces > 0)
        bad('"{" is never closed with "}"');
    try {
        return new RegExp('^' + re + '$');
    }
    catch (e) {
        return bad(e.message);
    }
}
function escapeRegExpChar(c) {
    return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** The members of a glob `[...]` as a RegExp class, each member escaped; ranges checked for order. */
function bracketClass(members, negated, bad) {
    let out = '';
    for (let k = 0; k < members.length; k++) {
        const lo = members[k];
        if (members[k + 1] === '-' && k + 2 < members.length) {
            const hi = members[k + 2];
            if (lo > hi)
                bad(`the range "${lo}-${hi}" runs backwards`);
            out += `${escapeRegExpChar(lo)}-${escapeRegExpChar(hi)}`;
            k += 2;
        }
        else
            out += escapeRegExpChar(lo);
    }
    if (!out)
        bad('"[]" matches nothing');
    // A class never matches "/": a glob segment cannot cross directories.
    return negated ? `[^/${out}]` : `(?!/)[${out}]`;
}
function hasGlobMagic(p) {
    return /[*?{[]/.test(p);
}
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache']);
function toPosix(p) {
    return p.split(path.sep).join('/');
}
/** What a stat describes, in words, for anything but a regular file or a directory. */
function fileKind(stat) {
    if (stat.isFIFO())
        return 'a named pipe (FIFO)';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isDirectory())
        return 'a directory';
    return stat.isFile() ? 'a regular file' : 'not a regular file';
}
/**
 * Expands paths (files, directories, globs) into files with one of `extensions`, relative to `root`.
 * An input that exists as named is taken literally even if it contains glob characters (a file
 * called `[x].py`); only an input that does not exist is a glob. Directories are walked following
 * symlinks, as Airflow's DAG-folder scan does (os.walk(followlinks=True)), each real directory once;
 * only regular files are taken, so a FIFO or device in the tree is never opened. A file named
 * explicitly is taken only with a wanted extension; one matching an `ignore` glob is left out
 * silently (the config decided that).
 */
function files_expandPaths(inputs, root, extensions, ignore = []) {
    const ignoreRes = ignore.map(globToRegExp);
    const found = new Set();
    const out = { files: [], missing: [], empty: [], otherExtension: [], notRegular: [], symlinkRepeats: [] };
    const hasExtension = (rel) => extensions.some((e) => rel.endsWith(e));
    const ignored = (rel) => ignoreRes.some((r) => r.test(rel));
    const wanted = (rel) => hasExtension(rel) && !ignored(rel);
    const walk = (absDir, onFile) => {
        // Real paths of the directories walked from this input: the loop protection for followed links.
        const walked = new Set();
        const stack = [absDir];
        while (stack.length) {
            const dir = stack.pop();
            let real;
            try {
                real = fs.realpathSync(dir);
            }
            catch {
                continue;
            }
            if (walked.has(real)) {
                if (dir !== absDir)
                    out.symlinkRepeats.push(toPosix(path.relative(root, dir)));
                continue;
            }
            walked.add(real);
            let entries;
            try {
                entries = fs.readdirSync(dir, { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const e of entries) {
                const abs = path.join(dir, e.name);
                let isDir = e.isDirectory();
                let isFile = e.isFile();
                if (e.isSymbolicLink()) {
                    // Followed like Airflow does; a dangling link is skipped, as Airflow's isfile() check does.
                    try {
                        const target = fs.statSync(abs);
                        isDir = target.isDirectory();
                        isFile = target.isFile();
                    }
                    catch {
                        continue;
                    }
                }
                if (isDir) {
                    if (!SKIPPED_DIRS.has(e.name))
                        stack.push(abs);
                }
                else if (isFile)
                    onFile(toPosix(path.relative(root, abs)));
            }
        }
    };
    for (const input of inputs) {
        const abs = path.resolve(root, input);
        let stat;
        try {
            stat = fs.statSync(abs);
        }
        catch {
            stat = undefined;
        }
        if (!stat && hasGlobMagic(input)) {
            const re = globToRegExp(toPosix(path.normalize(input)).replace(/^\.\//, ''));
            let matchedAny = false;
            let matchedWanted = false;
            walk(path.resolve(root, staticPrefix(input)), (rel) => {
                if (!re.test(rel))
                    return;
                matchedAny = true;
                if (wanted(rel)) {
                    found.add(rel);
                    matchedWanted = true;
                }
            });
            if (!matchedAny)
                out.missing.push(input);
            else if (!matchedWanted)
                out.empty.push(input);
            continue;
        }
        if (!stat) {
            out.missing.push(input);
            continue;
        }
        if (stat.isDirectory()) {
            let any = false;
            walk(abs, (rel) => {
                if (wanted(rel)) {
                    found.add(rel);
                    any = true;
                }
            });
            if (!any)
                out.empty.push(input);
        }
        else if (!stat.isFile()) {
            out.notRegular.push({ input, kind: fileKind(stat) });
        }
        else {
            const rel = toPosix(path.relative(root, abs));
            if (!hasExtension(rel))
                out.otherExtension.push(input);
            else if (!ignored(rel))
                found.add(rel);
        }
    }
    out.files = [...found].sort();
    return out;
}
function staticPrefix(glob) {
    const parts = toPosix(glob).split('/');
    const out = [];
    for (const p of parts) {
        if (hasGlobMagic(p))
            break;
        out.push(p);
    }
    return out.join('/') || '.';
}
/**
 * Splits an action's path-list input. Newline-separated when it holds a newline (each line one
 * path, spaces kept); otherwise the whole value when it names an existing path (`my dags/`), else
 * space-separated, as the input always accepted.
 */
function splitPathList(value, exists) {
    if (/[\r\n]/.test(value))
        return value.split(/\r?\n|\r/).map((s) => s.trim()).filter(Boolean);
    const whole = value.trim();
    if (!whole)
        return [];
    if (/\s/.test(whole) && exists(whole))
        return [whole];
    return whole.split(/\s+/);
}

;// CONCATENATED MODULE: ./src/core/rule.js

/** Turns a rule's report() calls into Findings, applying the configured severity. */
function rule_makeFinding(meta, severity, message, file, range, fix) {
    const finding = {
        ruleId: meta.id,
        ruleName: meta.name,
        severity,
        message,
        docsUrl: docsUrlFor(meta.id, meta.name),
    };
    if (file !== undefined)
        finding.file = file;
    if (range)
        finding.range = range;
    if (fix)
        finding.fix = fix;
    return finding;
}
/** Resolves a rule's effective severity from config overrides (by id or name). */
function rule_effectiveSeverity(meta, overrides) {
    if (!overrides)
        return meta.severity;
    return overrides[meta.id] ?? overrides[meta.name] ?? meta.severity;
}

;// CONCATENATED MODULE: ./src/dags/ast.js
function childByField(node, field) {
    for (const c of node.children)
        if (c.field === field)
            return c;
    return undefined;
}
/** Text helpers bound to one source string. */
class SourceText {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    /** Offsets where lines start; computed on first use (a file without findings never needs them). */
    get lineStarts() {
        if (!this.starts) {
            const starts = [0];
            const text = this.text;
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.starts = starts;
        }
        return this.starts;
    }
    of(node) {
        return this.text.slice(node.start, node.end);
    }
    /** 1-based line and column of a UTF-16 offset. */
    position(offset) {
        const starts = this.lineStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    range(start, end) {
        const s = this.position(start);
        const e = this.position(Math.max(start, end));
        return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
    }
    lineText(line) {
        const starts = this.lineStarts;
        const start = starts[line - 1] ?? this.text.length;
        const next = starts[line];
        return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
    }
    get lineCount() {
        return this.lineStarts.length;
    }
}
/** The value of a plain string literal node (no f-string, no implicit concatenation of f-strings), else undefined. */
function stringValue(node, src) {
    if (node.type === 'concatenated_string') {
        let out = '';
        for (const c of node.children) {
            const v = stringValue(c, src);
            if (v === undefined)
                return undefined;
            out += v;
        }
        return out;
    }
    if (node.type !== 'string')
        return undefined;
    if (node.children.some((c) => c.type === 'interpolation'))
        return undefined;
    const raw = src.of(node);
    const m = /^([rRbBuU]{0,2})('''|"""|'|")/.exec(raw);
    if (!m)
        return undefined;
    const prefix = m[1].toLowerCase();
    if (prefix.includes('f'))
        return undefined;
    const q = m[2];
    const body = raw.slice(m[0].length, raw.length - q.length);
    if (prefix.includes('r'))
        return body;
    return body.replace(/\\(?:(\n)|([\\'"abfnrtv])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/g, (_all, nl, ch, hex, uni) => {
        if (nl)
            return '';
        if (hex)
            return String.fromCharCode(parseInt(hex, 16));
        if (uni)
            return String.fromCharCode(parseInt(uni, 16));
        const map = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' };
        return map[ch] ?? ch;
    });
}

;// CONCATENATED MODULE: ./src/dags/data/airflow-names.js
/**
 * Qualified names the DAG model recognises, across Airflow 2.x and 3.x import paths.
 * (Which of them are removed or deprecated on Airflow 3 is airflow3.ts's business.)
 */
const DAG_CLASSES = new Set([
    'airflow.DAG',
    'airflow.models.DAG',
    'airflow.models.dag.DAG',
    'airflow.sdk.DAG',
    'airflow.sdk.definitions.dag.DAG',
]);
const DAG_DECORATORS = new Set([
    'airflow.decorators.dag',
    'airflow.sdk.dag',
    'airflow.sdk.definitions.dag.dag',
    'airflow.models.dag.dag',
]);
/** Airflow 3's `@asset`: a DAG with one task, both named after the decorated function. */
const ASSET_DECORATORS = new Set(['airflow.sdk.asset', 'airflow.sdk.definitions.asset.decorators.asset']);
/** `@task`, and its flavours `@task.branch`, `@task.bash`, … (the attribute after these). */
const TASK_DECORATORS = new Set([
    'airflow.decorators.task',
    'airflow.sdk.task',
    // @setup / @teardown make a task named after the function, like @task (DagBag on 2.9.3, 3.1.8, 3.3.2).
    'airflow.decorators.setup',
    'airflow.decorators.teardown',
    'airflow.sdk.setup',
    'airflow.sdk.teardown',
]);
/** Flavours of @task whose return value names the task_ids to follow. */
const BRANCH_TASK_FLAVOURS = new Set(['branch', 'branch_virtualenv', 'branch_external_python']);
const TASK_GROUP_CLASSES = new Set([
    'airflow.utils.task_group.TaskGroup',
    'airflow.sdk.TaskGroup',
    'airflow.sdk.definitions.taskgroup.TaskGroup',
]);
const TASK_GROUP_DECORATORS = new Set([
    'airflow.decorators.task_group',
    'airflow.sdk.task_group',
]);
const CHAIN_FUNCTIONS = new Set([
    'airflow.models.baseoperator.chain',
    'airflow.sdk.chain',
    'airflow.sdk.bases.operator.chain',
    'airflow.utils.helpers.chain',
]);
/** Operators whose python_callable returns the task_id(s) to follow. */
const BRANCH_OPERATOR_NAMES = new Set([
    'BranchPythonOperator',
    'BranchPythonVirtualenvOperator',
    'BranchExternalPythonOperator',
]);
/** Calls that return "now": a start_date built from them moves on every parse. */
const NOW_FUNCTIONS = new Set([
    'datetime.datetime.now',
    'datetime.datetime.utcnow',
    'datetime.datetime.today',
    'datetime.date.today',
    'pendulum.now',
    'pendulum.today',
    'pendulum.yesterday',
    'pendulum.tomorrow',
    'airflow.utils.timezone.utcnow',
    'airflow.utils.timezone.datetime.now',
    'time.time',
]);
/** Constructors of a datetime that is naive unless given tzinfo=. */
const NAIVE_DATETIME_CONSTRUCTORS = new Set(['datetime.datetime']);
/** Parse-time calls that read Airflow Variables or Connections (a DB or secrets-backend round trip). */
const VARIABLE_CONNECTION_CALLS = new Set([
    'airflow.models.Variable.get',
    'airflow.models.variable.Variable.get',
    'airflow.sdk.Variable.get',
    'airflow.models.Connection.get',
    'airflow.models.Connection.get_connection_from_secrets',
    'airflow.models.connection.Connection.get_connection_from_secrets',
    'airflow.sdk.Connection.get',
    'airflow.hooks.base.BaseHook.get_connection',
    'airflow.sdk.BaseHook.get_connection',
    'airflow.hooks.base_hook.BaseHook.get_connection',
]);
/** Module prefixes whose calls do network or database I/O. */
const NETWORK_CALL_PREFIXES = [
    'requests.',
    'httpx.',
    'urllib.request.',
    'urllib3.',
    'http.client.',
    'socket.',
    'psycopg2.connect',
    'psycopg.connect',
    'pymysql.connect',
    'sqlalchemy.create_engine',
    'boto3.client',
    'boto3.resource',
    'redis.Redis',
    'pymongo.MongoClient',
    'kubernetes.config.load_incluster_config',
    'kubernetes.config.load_kube_config',
];
const airflow_names_DEFAULT_HEAVY_IMPORTS = (/* unused pure expression or super */ null && ([
    'kubernetes',
    'pandas',
    'numpy',
    'torch',
    'tensorflow',
    'sklearn',
    'transformers',
    'qdrant_client',
    'scipy',
    'matplotlib',
    'pyspark',
    'keras',
]));
/** Metadata-database access that Airflow 3's task SDK no longer allows. */
const METADATA_DB_CALLS = new Set([
    'airflow.utils.session.create_session',
    'airflow.utils.session.provide_session',
    'airflow.utils.db.create_session',
    'airflow.utils.db.provide_session',
    'airflow.settings.Session',
    'airflow.settings.engine.connect',
]);
const CRON_PRESETS = new Set([
    '@once',
    '@continuous',
    '@hourly',
    '@daily',
    '@weekly',
    '@monthly',
    '@quarterly',
    '@yearly',
    '@annually',
    '@midnight',
]);

;// CONCATENATED MODULE: ./src/dags/resolve.js

/**
 * Resolves expressions to the fully-qualified names they refer to through the file's imports:
 * `DAG` after `from airflow import DAG` → `airflow.DAG`; `dates.days_ago` after
 * `from airflow.utils import dates` → `airflow.utils.dates.days_ago`.
 */
class NameResolver {
    scopes;
    src;
    byScope = new Map();
    /**
     * First dotted segment of every import's local name (a chain whose head is not one of them is not
     * imported), bucketed by length and first character so most names are rejected without slicing
     * and hashing them.
     */
    importedHeads = new Map();
    /** Some import binds a dotted local (`import a.b.c`): only then can a dotted prefix of a chain match one. */
    hasDottedImports = false;
    /** qualify() results for chains with an imported head (null: not imported); several rules ask about the same calls. */
    qualified = new Map();
    constructor(scopes, src) {
        this.scopes = scopes;
        this.src = src;
        for (const imp of scopes.imports) {
            let map = this.byScope.get(imp.scope);
            if (!map)
                this.byScope.set(imp.scope, (map = new Map()));
            if (!map.has(imp.local) || imp.from)
                map.set(imp.local, imp);
            const dot = imp.local.indexOf('.');
            if (dot !== -1)
                this.hasDottedImports = true;
            const head = dot === -1 ? imp.local : imp.local.slice(0, dot);
            const key = headKey(head.length, head.charCodeAt(0));
            const bucket = this.importedHeads.get(key);
            if (!bucket)
                this.importedHeads.set(key, [head]);
            else if (!bucket.includes(head))
                bucket.push(head);
        }
    }
    /** The import head spelled by identifier `id` (its text), or undefined when no import binds that name. */
    importedHead(id) {
        const text = this.src.text;
        const bucket = this.importedHeads.get(headKey(id.end - id.start, text.charCodeAt(id.start)));
        if (bucket)
            for (const head of bucket)
                if (text.startsWith(head, id.start))
                    return head;
        return undefined;
    }
    /** The innermost scope containing `node` (walks up to the nearest scope-owning node). */
    scopeAt(node) {
        for (let n = node.parent; n; n = n.parent) {
            const s = this.scopes.scopeOf.get(n);
            if (s)
                return s;
        }
        return this.scopes.module;
    }
    lookupImport(name, scope) {
        for (let s = scope; s; s = s.parent) {
            const hit = this.byScope.get(s)?.get(name);
            if (hit)
                return hit;
        }
        return undefined;
    }
    /** Fully-qualified name for an identifier/attribute chain, or undefined when it is not imported. */
    qualify(node) {
        // Most chains start with a name no import binds (locals, builtins): find the head first and
        // stop there, before building the dotted parts and walking scopes.
        let base = node;
        while (base && base.type === 'attribute') {
            if (!childByField(base, 'attribute'))
                return undefined;
            base = childByField(base, 'object');
        }
        if (!base || base.type !== 'identifier')
            return undefined;
        const head = this.importedHead(base);
        if (head === undefined)
            return undefined;
        const cached = this.qualified.get(node);
        if (cached !== undefined)
            return cached ?? undefined;
        const q = this.resolveImported(node, base, head);
        this.qualified.set(node, q ?? null);
        return q;
    }
    resolveImported(node, base, head) {
        const parts = [];
        for (let n = node; n !== base; n = childByField(n, 'object'))
            parts.unshift(this.src.of(childByField(n, 'attribute')));
        const scope = this.scopeAt(node);
        // `import a.b.c` then `a.b.c.x`: prefer the longest imported dotted prefix.
        if (this.hasDottedImports) {
            for (let k = parts.length; k >= 1; k--) {
                const dotted = [head, ...parts.slice(0, k)].join('.');
                const imp = this.lookupImport(dotted, scope);
                if (imp && !imp.from && imp.local === dotted)
                    return [imp.qualified, ...parts.slice(k)].join('.');
            }
        }
        const imp = this.lookupImport(head, scope);
        if (!imp)
            return undefined;
        return parts.length ? `${imp.qualified}.${parts.join('.')}` : imp.qualified;
    }
    /** The qualified name of what a call calls (`f(...)`), or undefined. */
    callee(call) {
        const fn = childByField(call, 'function');
        return fn ? this.qualify(fn) : undefined;
    }
}
/** Bucket key for importedHeads: names of one length and first character share a bucket. */
function headKey(length, firstChar) {
    return length === 0 ? -1 : length * 65536 + firstChar;
}
/**
 * Several rules and the model read the same calls' arguments: computed once per call node (the
 * result is read-only). Files are linted one after another, so only the current file's are kept
 * (a Map is about twice as fast as a WeakMap here).
 */
let argumentsFile;
let argumentsByCall = new Map();
/** Keyword arguments of a call by name, and its positional arguments. */
function callArguments(call, src) {
    if (src !== argumentsFile) {
        argumentsFile = src;
        argumentsByCall = new Map();
    }
    let out = argumentsByCall.get(call);
    if (!out)
        argumentsByCall.set(call, (out = collectArguments(call, src)));
    return out;
}
function collectArguments(call, src) {
    const keywords = new Map();
    const keywordNames = new Map();
    const positional = [];
    const args = childByField(call, 'arguments');
    if (!args || args.type !== 'argument_list')
        return { keywords, keywordNames, positional };
    for (const a of args.children) {
        if (a.type === 'keyword_argument') {
            const name = childByField(a, 'name');
            const value = childByField(a, 'value');
            if (name && value) {
                const key = src.of(name);
                keywords.set(key, value);
                keywordNames.set(key, name);
            }
        }
        else if (a.type !== 'dictionary_splat' && a.type !== 'list_splat' && a.type !== 'comment')
            positional.push(a);
    }
    return { keywords, keywordNames, positional };
}

;// CONCATENATED MODULE: ./src/dags/model.js



const isGroup = (r) => 'group' in r;
/** Methods of an operator or XComArg that return the same task. */
const TASK_RETURNING_METHODS = new Set(['as_setup', 'as_teardown', 'expand', 'expand_kwargs', 'partial', 'override']);
const EDGE_LABELS = new Set(['airflow.utils.edgemodifier.Label', 'airflow.sdk.Label', 'airflow.sdk.definitions.edges.Label']);
/** Tasks of a group with no upstream (roots) or no downstream (leaves) inside the group. */
function groupEnds(tasks, which) {
    const inside = new Set(tasks);
    if (which === 'leaves')
        return tasks.filter((t) => ![...t.downstream].some((d) => inside.has(d)));
    return tasks.filter((t) => !tasks.some((o) => o !== t && o.downstream.has(t)));
}
/** The tasks a dependency end stands for: tasks as they are, groups by their roots or leaves. */
function taskEnds(refs, which) {
    const out = [];
    for (const r of refs) {
        if (isGroup(r))
            for (const t of groupEnds(r.group, which))
                out.push(t);
        else
            out.push(r);
    }
    return out;
}
/** The decorator call or name (`@dag`, `@dag(...)`) and what it resolves to. */
function decoratorTarget(dec, resolver) {
    const expr = dec.children[0];
    if (!expr)
        return { expr: dec };
    if (expr.type === 'call') {
        const fn = childByField(expr, 'function');
        return { qualified: fn ? resolver.qualify(fn) : undefined, call: expr, expr };
    }
    return { qualified: resolver.qualify(expr), expr };
}
function decoratorsOf(def) {
    const parent = def.parent;
    if (parent?.type !== 'decorated_definition')
        return [];
    return parent.children.filter((c) => c.type === 'decorator');
}
function isTaskDecorator(qualified) {
    if (!qualified)
        return undefined;
    for (const base of TASK_DECORATORS) {
        if (qualified === base)
            return {};
        if (qualified.startsWith(base + '.'))
            return { flavour: qualified.slice(base.length + 1) };
    }
    return undefined;
}
/**
 * Extracts DAGs, tasks and dependencies the way Airflow would build them when it imports the file:
 * `with DAG(...)`, `dag = DAG(...)` + `dag=dag`, `@dag` functions; tasks from operator calls with
 * task_id= and @task function calls (a second call gets `name__1`); dependencies from >>, <<,
 * lists, chain(), set_upstream/set_downstream and TaskFlow data passing.
 */
function buildDagModel(root, src, resolver, index) {
    const model = { dags: [], taskFunctions: new Map(), dagCalls: [], taskCalls: [] };
    const functionsByName = new Map();
    const taskGroupFunctions = new Map();
    const dagFunctions = [];
    // Pass 1: definitions (task functions, @dag functions, task groups, plain functions).
    const defs = index.get('function_definition') ?? [];
    for (const def of defs) {
        const nameNode = childByField(def, 'name');
        if (!nameNode)
            continue;
        const name = src.of(nameNode);
        if (!functionsByName.has(name))
            functionsByName.set(name, def);
        for (const dec of decoratorsOf(def)) {
            const target = decoratorTarget(dec, resolver);
            const task = isTaskDecorator(target.qualified);
            if (task) {
                const args = target.call ? callArguments(target.call, src) : undefined;
                const idNode = args?.keywords.get('task_id');
                const tf = {
                    def,
                    name,
                    taskId: idNode ? stringValue(idNode, src) : undefined,
                    flavour: task.flavour,
                    branch: task.flavour !== undefined && BRANCH_TASK_FLAVOURS.has(task.flavour.split('.')[0]),
                };
                model.taskFunctions.set(name, tf);
                if (target.call)
                    model.taskCalls.push(target.call);
            }
            else if (target.qualified && DAG_DECORATORS.has(target.qualified)) {
                dagFunctions.push({ def, call: target.call });
                if (target.call)
                    model.dagCalls.push(target.call);
            }
            else if (target.qualified && TASK_GROUP_DECORATORS.has(target.qualified)) {
                taskGroupFunctions.set(name, def);
            }
            else if (target.qualified && ASSET_DECORATORS.has(target.qualified)) {
                // @asset: Airflow 3 builds a DAG and one task, both named after the function, at import.
                // The body runs inside that task, so it is not parse-time code (no `function` here).
                const call = target.call ?? dec;
                if (target.call)
                    model.dagCalls.push(target.call);
                const dag = { dagId: name, idNode: nameNode, kind: 'decorator', call: target.call, registered: true, tasks: [], dynamic: false };
                dag.tasks.push({ taskId: name, node: nameNode, kind: 'taskflow', callee: name, branch: false, callable: def, call, downstream: new Set() });
                model.dags.push(dag);
            }
        }
    }
    const isDagCall = (call) => {
        const q = resolver.callee(call);
        return q !== undefined && DAG_CLASSES.has(q);
    };
    const dagIdFromCall = (call) => {
        if (!call)
            return {};
        const { keywords, positional } = callArguments(call, src);
        const node = keywords.get('dag_id') ?? positional[0];
        return node ? { id: stringValue(node, src), node } : {};
    };
    /** Walks one DAG's body statements and builds its tasks and edges. */
    const buildDag = (dag, body, variables) => {
        const counts = new Map();
        const groupCounts = new Map();
        const groupPrefix = [];
        const newTask = (t, unique) => {
            let taskId;
            if (t.baseId !== undefined) {
                const full = groupPrefix.length ? `${groupPrefix.join('.')}.${t.baseId}` : t.baseId;
                if (unique) {
                    // Airflow suffixes repeated @task calls: name, name__1, name__2 …
                    const n = counts.get(full) ?? 0;
                    counts.set(full, n + 1);
                    taskId = n === 0 ? full : `${full}__${n}`;
                }
                else
                    taskId = full;
            }
            // Spelled out: object rest/spread was the model's hottest line.
            const task = { node: t.node, kind: t.kind, callee: t.callee, branch: t.branch, callable: t.callable, call: t.call, taskId, downstream: new Set() };
            dag.tasks.push(task);
            return task;
        };
        const link = (up, down) => {
            if (up.length === 0 || down.length === 0)
                return;
            const ups = taskEnds(up, 'leaves');
            const downs = taskEnds(down, 'roots');
            for (const u of ups)
                for (const d of downs)
                    if (u !== d)
                        u.downstream.add(d);
        };
        let loopDepth = 0;
        /** Concatenated results of evalExpr over `nodes` (a fresh array, like flatMap, without its callbacks). */
        const evalEach = (nodes, skipNames = false) => {
            const out = [];
            for (const c of nodes) {
                if (skipNames && c.field === 'name')
                    continue;
                for (const r of evalExpr(c))
                    out.push(r);
            }
            return out;
        };
        const evalExpr = (node) => {
            if (!node)
                return [];
            switch (node.type) {
                case 'identifier':
                    return variables.get(src.of(node)) ?? [];
                case 'parenthesized_expression':
                    return evalEach(node.children);
                case 'list':
                case 'tuple':
                case 'expression_list':
                case 'set':
                    return evalEach(node.children);
                case 'binary_operator': {
                    const op = childByField(node, 'operator');
                    const left = evalExpr(childByField(node, 'left'));
                    const right = evalExpr(childByField(node, 'right'));
                    const opText = op ? src.of(op) : '';
                    // `a >> Label("why") >> b`: the label only annotates the edge a → b.
                    if (isEdgeLabel(childByField(node, 'right')))
                        return left;
                    if (isEdgeLabel(childByField(node, 'left')))
                        return right;
                    if (opText === '>>')
                        link(left, right);
                    else if (opText === '<<')
                        link(right, left);
                    else
                        return [...left, ...right];
                    return right;
                }
                case 'call':
                    return evalCall(node);
                case 'list_comprehension':
                case 'generator_expression':
                case 'set_comprehension':
                case 'dictionary_comprehension': {
                    loopDepth++;
                    const out = evalEach(node.children);
                    loopDepth--;
                    return out;
                }
                case 'for_in_clause':
                    return evalExpr(childByField(node, 'right'));
                case 'await':
                case 'keyword_argument':
                case 'list_splat':
                    return evalEach(node.children, true);
                case 'attribute': {
                    // `task_a.output` is an XComArg of the task (data passing); `task_a.task_id` is just a value.
                    const objTasks = evalExpr(childByField(node, 'object'));
                    const attr = childByField(node, 'attribute');
                    return attr && src.of(attr) === 'output' ? objTasks : [];
                }
                case 'subscript':
                    return evalExpr(childByField(node, 'value'));
                default:
                    return [];
            }
        };
        const isEdgeLabel = (n) => {
            if (n?.type !== 'call')
                return false;
            const q = resolver.callee(n);
            return q !== undefined && EDGE_LABELS.has(q);
        };
        const evalArgs = (call) => {
            const args = childByField(call, 'arguments');
            if (!args)
                return [];
            const out = [];
            for (const a of args.children)
                for (const r of evalExpr(a.type === 'keyword_argument' ? childByField(a, 'value') : a))
                    out.push(r);
            return out;
        };
        const evalCall = (call) => {
            const fn = childByField(call, 'function');
            if (!fn)
                return [];
            const qualified = resolver.qualify(fn);
            // chain(a, b, [c, d])
            if (qualified && CHAIN_FUNCTIONS.has(qualified)) {
                const args = childByField(call, 'arguments');
                // chain(*steps) spreads a list: each element is its own group.
                const groups = (args?.children ?? []).flatMap((a) => (a.type === 'list_splat' ? evalExpr(a).map((r) => [r]) : [evalExpr(a)]));
                for (let i = 0; i + 1 < groups.length; i++)
                    link(groups[i], groups[i + 1]);
                return groups[groups.length - 1] ?? [];
            }
            // a.set_downstream(b) / a.set_upstream(b)
            if (fn.type === 'attribute') {
                const method = childByField(fn, 'attribute');
                const m = method ? src.of(method) : '';
                if (m === 'set_downstream' || m === 'set_upstream') {
                    const self = evalExpr(childByField(fn, 'object'));
                    const other = evalArgs(call);
                    if (m === 'set_downstream')
                        link(self, other);
                    else
                        link(other, self);
                    return [];
                }
            }
            // @task function called: name(...), name.override(...)(...), name.partial(...).expand(...)
            const tf = taskFunctionCalled(fn);
            if (tf) {
                const upstream = tf.chainArgs.flatMap((c) => evalArgs(c));
                const inputs = [...upstream, ...evalArgs(call)];
                if (loopDepth > 0 || tf.dynamicId)
                    dag.dynamic = true;
                model.taskCalls.push(call);
                const task = newTask({
                    baseId: tf.dynamicId ? undefined : (tf.overrideId ?? tf.fn.taskId ?? tf.fn.name),
                    node: call,
                    kind: 'taskflow',
                    callee: tf.fn.name,
                    branch: tf.fn.branch,
                    callable: tf.fn.def,
                    call,
                }, true);
                link(inputs, [task]);
                return [task];
            }
            // @task_group function called: its tasks get the group prefix.
            if (fn.type === 'identifier' && taskGroupFunctions.has(src.of(fn))) {
                const def = taskGroupFunctions.get(src.of(fn));
                const inputs = evalArgs(call);
                // Calling a @task_group function again makes a new group: name, name__1, …
                const groupPath = [...groupPrefix, src.of(fn)].join('.');
                const n = groupCounts.get(groupPath) ?? 0;
                groupCounts.set(groupPath, n + 1);
                groupPrefix.push(n === 0 ? src.of(fn) : `${src.of(fn)}__${n}`);
                const before = dag.tasks.length;
                const body = childByField(def, 'body');
                const inner = new Map(variables);
                const last = body ? runBlock(body.children, inner) : [];
                groupPrefix.pop();
                const group = { group: dag.tasks.slice(before) };
                link(inputs, [group]);
                return last.length ? last : [group];
            }
            // Operator: any call with task_id=.
            const { keywords } = callArguments(call, src);
            const idNode = keywords.get('task_id');
            if (idNode) {
                const inputs = evalArgs(call);
                if (loopDepth > 0)
                    dag.dynamic = true;
                const id = stringValue(idNode, src);
                if (id === undefined)
                    dag.dynamic = true;
                model.taskCalls.push(call);
                const opName = qualified ?? src.of(fn);
                const shortName = opName.slice(opName.lastIndexOf('.') + 1);
                let callable;
                const pc = keywords.get('python_callable');
                if (pc?.type === 'identifier')
                    callable = functionsByName.get(src.of(pc));
                const task = newTask({ baseId: id, node: idNode, kind: 'operator', callee: opName, branch: BRANCH_OPERATOR_NAMES.has(shortName), callable, call }, false);
                link(inputs, [task]);
                return [task];
            }
            // A method on a task: as_setup()/as_teardown()/expand() return the task itself.
            if (fn.type === 'attribute') {
                const objTasks = evalExpr(childByField(fn, 'object'));
                const method = src.of(childByField(fn, 'attribute'));
                const { keywords } = callArguments(call, src);
                if (method === 'as_teardown')
                    link(evalExpr(keywords.get('setups')), objTasks);
                const args = evalArgs(call);
                return TASK_RETURNING_METHODS.has(method) ? objTasks : objTasks.length ? [] : args;
            }
            // Anything else: its arguments may still create tasks (e.g. print(a >> b)).
            return evalArgs(call);
        };
        const taskFunctionCalled = (fn) => {
            if (fn.type === 'identifier') {
                const tf = model.taskFunctions.get(src.of(fn));
                return tf ? { fn: tf, chainArgs: [] } : undefined;
            }
            // name.override(task_id=…)(…) and name.partial(…).expand(…) / name.expand(…)
            if (fn.type === 'attribute') {
                const method = childByField(fn, 'attribute');
                const obj = childByField(fn, 'object');
                const m = method ? src.of(method) : '';
                if ((m === 'expand' || m === 'expand_kwargs' || m === 'partial') && obj) {
                    const inner = obj.type === 'call' ? childByField(obj, 'function') : obj;
                    if (!inner)
                        return undefined;
                    const base = obj.type === 'call' ? taskFunctionCalledAttr(inner) : taskFunctionCalled(inner);
                    if (base && obj.type === 'call')
                        base.chainArgs.push(obj);
                    return base;
                }
            }
            if (fn.type === 'call')
                return taskFunctionCalledAttr(childByField(fn, 'function'), fn);
            return undefined;
        };
        const taskFunctionCalledAttr = (fn, outerCall) => {
            if (!fn || fn.type !== 'attribute')
                return undefined;
            const method = childByField(fn, 'attribute');
            const obj = childByField(fn, 'object');
            if (!method || !obj || obj.type !== 'identifier')
                return undefined;
            const tf = model.taskFunctions.get(src.of(obj));
            if (!tf)
                return undefined;
            const m = src.of(method);
            if (m === 'override' && outerCall) {
                const idNode = callArguments(outerCall, src).keywords.get('task_id');
                const overrideId = idNode ? stringValue(idNode, src) : undefined;
                return { fn: tf, overrideId, dynamicId: idNode !== undefined && overrideId === undefined, chainArgs: [] };
            }
            if (m === 'partial')
                return { fn: tf, chainArgs: [] };
            return undefined;
        };
        const bindTargets = (left, value, vars) => {
            if (!left)
                return;
            if (left.type === 'identifier')
                vars.set(src.of(left), value);
            else if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
                left.children.forEach((c, i) => bindTargets(c, value[i] ? [value[i]] : [], vars));
            }
        };
        const runBlock = (stmts, vars) => {
            let last = [];
            for (const stmt of stmts)
                last = runStatement(stmt, vars);
            return last;
        };
        const runStatement = (stmt, vars) => {
            switch (stmt.type) {
                case 'expression_statement': {
                    let last = [];
                    for (const c of stmt.children) {
                        if (c.type === 'assignment') {
                            let value = c;
                            const targets = [];
                            while (value?.type === 'assignment') {
                                const l = childByField(value, 'left');
                                if (l)
                                    targets.push(l);
                                value = childByField(value, 'right');
                            }
                            last = evalExpr(value);
                            for (const t of targets)
                                bindTargets(t, last, vars);
                        }
                        else if (c.type === 'augmented_assignment') {
                            last = evalExpr(childByField(c, 'right'));
                        }
                        else
                            last = evalExpr(c);
                    }
                    return last;
                }
                case 'return_statement':
                    return evalEach(stmt.children);
                case 'with_statement': {
                    const clause = stmt.children.find((c) => c.type === 'with_clause');
                    let pushed = 0;
                    const groupAliases = [];
                    for (const item of clause?.children ?? []) {
                        const value = childByField(item, 'value');
                        const expr = value?.type === 'as_pattern' ? value.children[0] : value;
                        if (expr?.type !== 'call')
                            continue;
                        const q = resolver.callee(expr);
                        if (!q || !TASK_GROUP_CLASSES.has(q)) {
                            evalExpr(expr);
                            continue;
                        }
                        const { keywords, positional } = callArguments(expr, src);
                        const gid = keywords.get('group_id') ?? positional[0];
                        const prefixOff = keywords.get('prefix_group_id');
                        const id = gid ? stringValue(gid, src) : undefined;
                        if (id === undefined)
                            dag.dynamic = true;
                        else if (!(prefixOff && src.of(prefixOff) === 'False')) {
                            groupPrefix.push(id);
                            pushed++;
                        }
                        // `with TaskGroup(...) as tg:` then `tg >> x`: the group stands for its tasks.
                        const target = value?.type === 'as_pattern' ? value.children.find((c) => c.field === 'alias' || c.type === 'as_pattern_target') : undefined;
                        const alias = target?.children[0];
                        if (alias?.type === 'identifier')
                            groupAliases.push(src.of(alias));
                    }
                    const body = childByField(stmt, 'body');
                    const before = dag.tasks.length;
                    const out = body ? runBlock(body.children, vars) : [];
                    for (let i = 0; i < pushed; i++)
                        groupPrefix.pop();
                    for (const alias of groupAliases)
                        vars.set(alias, [{ group: dag.tasks.slice(before) }]);
                    return out;
                }
                case 'for_statement':
                case 'while_statement': {
                    loopDepth++;
                    const right = childByField(stmt, 'right') ?? childByField(stmt, 'condition');
                    evalExpr(right);
                    const body = childByField(stmt, 'body');
                    const before = dag.tasks.length;
                    if (body)
                        runBlock(body.children, vars);
                    if (dag.tasks.length > before)
                        dag.dynamic = true;
                    loopDepth--;
                    return [];
                }
                case 'if_statement':
                case 'try_statement': {
                    for (const c of stmt.children) {
                        if (c.type === 'block')
                            runBlock(c.children, vars);
                        else if (c.field === 'condition')
                            evalExpr(c);
                        else if (['elif_clause', 'else_clause', 'except_clause', 'finally_clause'].includes(c.type)) {
                            for (const cc of c.children)
                                if (cc.type === 'block')
                                    runBlock(cc.children, vars);
                        }
                    }
                    return [];
                }
                case 'decorated_definition':
                case 'function_definition':
                case 'class_definition':
                    return [];
                default:
                    return [];
            }
        };
        runBlock(body, variables);
    };
    // Pass 2: `with DAG(...)` and `x = DAG(...)` anywhere at module level (also inside if/try blocks).
    const moduleVars = new Map();
    const dagVariables = new Map();
    /**
     * `dynamic`: the block runs in a loop or a factory function, so the DAGs it builds (and their ids)
     * are only known when the file runs; vars/dagVars: the variables visible in the block.
     */
    const visitModuleBlock = (stmts, dynamic = false, vars = moduleVars, dagVars = dagVariables) => {
        for (const stmt of stmts) {
            if (stmt.type === 'with_statement') {
                const clause = stmt.children.find((c) => c.type === 'with_clause');
                for (const item of clause?.children ?? []) {
                    const value = childByField(item, 'value');
                    const call = value?.type === 'as_pattern' ? value.children[0] : value;
                    let dagCall;
                    let alias;
                    if (call?.type === 'call' && isDagCall(call))
                        dagCall = call;
                    if (call?.type === 'identifier' && dagVars.has(src.of(call))) {
                        // `dag = DAG(...)` then `with dag:`
                        const dag = dagVars.get(src.of(call));
                        const body = childByField(stmt, 'body');
                        if (body)
                            buildDag(dag, body.children, vars);
                        continue;
                    }
                    if (!dagCall)
                        continue;
                    if (value?.type === 'as_pattern') {
                        const target = value.children.find((c) => c.type === 'as_pattern_target');
                        if (target?.children[0]?.type === 'identifier')
                            alias = src.of(target.children[0]);
                    }
                    model.dagCalls.push(dagCall);
                    const { id, node } = dagIdFromCall(dagCall);
                    const dag = { dagId: id, idNode: node ?? dagCall, kind: 'with', call: dagCall, registered: true, tasks: [], dynamic };
                    model.dags.push(dag);
                    if (alias)
                        dagVars.set(alias, dag);
                    const body = childByField(stmt, 'body');
                    if (body) {
                        // A with-block does not open a scope: its variables stay visible to later statements.
                        buildDag(dag, body.children, vars);
                    }
                }
            }
            else if (stmt.type === 'expression_statement') {
                const assign = stmt.children[0];
                if (assign?.type === 'assignment') {
                    const right = childByField(assign, 'right');
                    const left = childByField(assign, 'left');
                    if (right?.type === 'call' && isDagCall(right)) {
                        model.dagCalls.push(right);
                        const { id, node } = dagIdFromCall(right);
                        const dag = { dagId: id, idNode: node ?? right, kind: 'assign', call: right, registered: true, tasks: [], dynamic };
                        model.dags.push(dag);
                        if (left?.type === 'identifier')
                            dagVars.set(src.of(left), dag);
                        continue;
                    }
                }
                // Module-level operators attached with dag=<var>.
                if (!dynamic)
                    collectDagKwargTasks(stmt);
            }
            else if (stmt.type === 'if_statement' || stmt.type === 'try_statement') {
                for (const c of stmt.children) {
                    if (c.type === 'block')
                        visitModuleBlock(c.children, dynamic, vars, dagVars);
                    else
                        for (const cc of c.children)
                            if (cc.type === 'block')
                                visitModuleBlock(cc.children, dynamic, vars, dagVars);
                }
            }
            else if (stmt.type === 'for_statement' || stmt.type === 'while_statement') {
                // DAGs built in a loop (often with f-string ids and globals()[...] = dag).
                for (const c of stmt.children) {
                    if (c.type === 'block')
                        visitModuleBlock(c.children, true, vars, dagVars);
                    else if (c.type === 'else_clause')
                        for (const cc of c.children)
                            if (cc.type === 'block')
                                visitModuleBlock(cc.children, dynamic, vars, dagVars);
                }
            }
        }
    };
    const pendingDagKwarg = [];
    const collectDagKwargTasks = (stmt) => pendingDagKwarg.push(stmt);
    visitModuleBlock(root.children);
    // Factory functions: `def make_dag(name): with DAG(f"…") as dag: …`, called once per DAG.
    for (const def of defs) {
        if (dagFunctions.some((d) => d.def === def) || model.taskFunctions.has(src.of(childByField(def, 'name'))))
            continue;
        const body = childByField(def, 'body');
        if (body)
            visitModuleBlock(body.children, true, new Map(), new Map());
    }
    // Classic style: module-level statements attach operators with dag=<var>, and dependency
    // statements (a >> b) belong to the DAG of the tasks they name.
    const ownerOf = new Map();
    for (const dag of model.dags)
        for (const t of dag.tasks)
            ownerOf.set(t, dag);
    // With no DAG variable and no module-level task variable, no statement can name a DAG (and
    // nothing below adds one), so the walks are skipped.
    for (const stmt of moduleVars.size || dagVariables.size ? pendingDagKwarg : []) {
        let target;
        const st = [stmt];
        while (st.length && !target) {
            const n = st.pop();
            if (n.type === 'keyword_argument') {
                const name = childByField(n, 'name');
                const value = childByField(n, 'value');
                if (name && value && src.of(name) === 'dag' && value.type === 'identifier')
                    target = dagVariables.get(src.of(value));
            }
            else if (n.type === 'identifier' && moduleVars.size) {
                const refs = moduleVars.get(src.of(n)) ?? [];
                const task = refs.find((r) => !isGroup(r));
                if (task)
                    target = ownerOf.get(task);
            }
            for (const c of n.children)
                st.push(c);
        }
        if (!target)
            continue;
        const before = target.tasks.length;
        buildDag(target, [stmt], moduleVars);
        for (const t of target.tasks.slice(before))
            ownerOf.set(t, target);
    }
    // Pass 3: @dag functions; calling one registers the DAG and runs its body.
    const calledNames = new Set();
    // Only @dag files need the called names (most files use `with DAG`).
    if (dagFunctions.length) {
        for (const call of index.get('call') ?? []) {
            const fn = childByField(call, 'function');
            if (fn?.type === 'identifier')
                calledNames.add(src.of(fn));
        }
    }
    for (const { def, call } of dagFunctions) {
        const nameNode = childByField(def, 'name');
        const name = src.of(nameNode);
        const fromDecorator = dagIdFromCall(call);
        const dag = {
            dagId: fromDecorator.id ?? (fromDecorator.node ? undefined : name),
            idNode: fromDecorator.node ?? nameNode,
            kind: 'decorator',
            call,
            function: def,
            registered: calledNames.has(name),
            tasks: [],
            dynamic: false,
        };
        model.dags.push(dag);
        const body = childByField(def, 'body');
        if (body) {
            buildDag(dag, body.children, new Map(moduleVars));
        }
    }
    return model;
}
/** Every task-to-task edge of a DAG as [upstream, downstream]. */
function edgesOf(dag) {
    const out = [];
    for (const t of dag.tasks)
        for (const d of t.downstream)
            out.push([t, d]);
    return out;
}

;// CONCATENATED MODULE: ./src/dags/noqa.js
const NOQA = /#\s*noqa(?::\s*([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*))?/i;
/** Drops findings suppressed by `# noqa` (all rules) or `# noqa: DAG301,undefined-name` on their first line. */
function applyNoqa(findings, src) {
    const cache = new Map();
    const codesOn = (line) => {
        if (!cache.has(line)) {
            const m = NOQA.exec(src.lineText(line));
            cache.set(line, !m ? null : m[1] ? new Set(m[1].split(',').map((s) => s.trim().toUpperCase())) : 'all');
        }
        return cache.get(line);
    };
    return findings.filter((f) => {
        if (!f.range)
            return true;
        const codes = codesOn(f.range.startLine);
        if (codes === null)
            return true;
        if (codes === 'all')
            return false;
        return !codes.has(f.ruleId.toUpperCase()) && !codes.has(f.ruleName.toUpperCase());
    });
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ../../node_modules/web-tree-sitter/tree-sitter.js
var tree_sitter = __nccwpck_require__(210);
;// CONCATENATED MODULE: ./src/dags/parse-tree.js
const BRACKETED = new Set([
    'parenthesized_expression', 'argument_list', 'list', 'tuple', 'dictionary', 'set', 'subscript',
    'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression', 'parameters',
    'tuple_pattern', 'list_pattern',
]);
/** Node types rules look up directly. */
const INDEXED = new Set([
    'call', 'string', 'subscript', 'function_definition', 'decorator', 'return_statement', 'yield', 'await',
    'break_statement', 'continue_statement', 'nonlocal_statement', 'print_statement', 'exec_statement',
    'parameters', 'lambda_parameters', 'argument_list', 'lambda', 'class_definition',
]);

;// CONCATENATED MODULE: ./src/dags/python-parser.js

/**
 * A hand-written recursive-descent parser for the Python that DAG files are made of, producing the
 * very tree the tree-sitter copy produces (same node types, fields and UTF-16 offsets, including
 * tree-sitter's quirks: its operator precedences, `type`/`generic_type` annotations, comments that
 * extend a block before a dedent). It parses about five times faster than tree-sitter's wasm build,
 * which was half of lint-dags' CPU time.
 *
 * It is deliberately strict: on anything it does not fully handle (a syntax error, match statements,
 * PEP 695 type parameters, Python 2 print, unusual whitespace, non-ASCII names, …) it gives up and
 * the caller parses the file with tree-sitter, which stays the reference for error recovery and
 * error positions. test/dags/python-parser.test.ts holds it to tree-sitter's output on thousands of
 * real files and mutated ones.
 */
function parsePythonFast(text) {
    try {
        return parsePythonStrict(text);
    }
    catch (e) {
        // A bug here must cost speed, never a lint run: tree-sitter takes the file.
        fallbackReason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
        return undefined;
    }
}
/** parsePythonFast, but a bug (anything other than giving up) throws — for tests. */
function parsePythonStrict(text) {
    try {
        const root = new FastParser(text).parseModule();
        fallbackReason = undefined;
        return finishTree(root);
    }
    catch (e) {
        if (!(e instanceof Unsupported))
            throw e;
        fallbackReason = e.message;
        return undefined;
    }
}
let fallbackReason;
/** Why the last parsePythonFast call gave up (for diagnostics and the parity harness). */
function lastFallbackReason() {
    return fallbackReason;
}
class Unsupported extends Error {
}
function unsupported(what, at) {
    throw new Unsupported(`${what} at offset ${at}`);
}
// Token kinds.
const NAME = 1;
const NUMBER = 2;
const STRING = 3;
const OP = 4;
const NEWLINE = 5;
const INDENT = 6;
const DEDENT = 7;
const EOF = 8;
const KEYWORDS = new Set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** tree-sitter-python's precedences (not CPython's: `^` binds tighter than `&` there). */
const BINARY_PRECEDENCE = {
    '|': 14, '&': 15, '^': 16, '<<': 17, '>>': 17, '+': 18, '-': 18, '*': 19, '@': 19, '/': 19, '%': 19, '//': 19, '**': 21,
};
const PREC_COMPARE = 13;
const PREC_UNARY = 20;
const COMPARISON = new Set(['<', '<=', '==', '!=', '>=', '>', '<>', 'in', 'not', 'is']);
const AUGMENTED = new Set(['+=', '-=', '*=', '/=', '@=', '//=', '%=', '**=', '>>=', '<<=', '&=', '^=', '|=']);
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
/** Nodes that tree-sitter builds from a single token, so its cursor never enters them. */
// (pass/break/continue are not: tree-sitter wraps their keyword in a node of its own.)
const LEAF_TYPES = new Set([
    'identifier', 'integer', 'float', 'true', 'false', 'none', 'ellipsis', 'wildcard_import', 'keyword_separator', 'positional_separator', 'type_conversion',
    ...Object.keys(BINARY_PRECEDENCE), '~', 'and', 'or', '<', '<=', '==', '!=', '>=', '>', '<>', 'in', 'is', ...AUGMENTED,
]);
const LOOSE_EXPRESSIONS = new Set(['conditional_expression', 'boolean_operator', 'not_operator', 'comparison_operator', 'lambda', 'named_expression', 'binary_operator', 'unary_operator', 'await']);
/** Words the parser compares NAME tokens with: keywords and the soft keywords it checks for. */
const WORDS = [...KEYWORDS, 'match', 'type', 'print', 'exec', '__future__'];
/** Candidate words by length and first character, so a name is matched without slicing it. */
const WORDS_BY_SHAPE = new Map();
for (const w of WORDS) {
    const key = w.length * 256 + w.charCodeAt(0);
    const list = WORDS_BY_SHAPE.get(key);
    if (list)
        list.push(w);
    else
        WORDS_BY_SHAPE.set(key, [w]);
}
/** The keyword or soft keyword at text[start, start+length), or '' for any other name. */
function wordAt(text, start, length) {
    if (length > 10)
        return '';
    const candidates = WORDS_BY_SHAPE.get(length * 256 + text.charCodeAt(start));
    if (candidates)
        for (const w of candidates)
            if (text.startsWith(w, start))
                return w;
    return '';
}
const UNUSUAL_WHITESPACE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x85\u2028\u2029\ufeff\u2060\u200b]|\r(?!\n)/;
const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^\p{ID_Continue}$/u;
function isNameStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function node(type, start, end, children) {
    const n = { type, field: null, start, end, children, parent: null };
    for (let i = 0; i < children.length; i++)
        children[i].parent = n;
    return n;
}
/** Shared by every leaf (a third of all nodes): one array fewer to allocate and collect per token. */
const NO_CHILDREN = Object.freeze([]);
function leaf(type, start, end) {
    return { type, field: null, start, end, children: NO_CHILDREN, parent: null };
}
function withField(n, field) {
    n.field = field;
    return n;
}
class FastParser {
    text;
    len;
    pos = 0;
    /** Open brackets (and f-string interpolations): newlines and indentation mean nothing inside. */
    depth = 0;
    indents = [0];
    atLineStart = true;
    /** End of the last token or same-line comment on the current logical line (where NEWLINE sits). */
    lineEnd = 0;
    /** Where each pending DEDENT sits (they differ when a comment extends an outer block). */
    pendingDedents = [];
    pendingDedentCount = 0;
    pendingDedentsRead = 0;
    pendingIndent = false;
    /** Comment lines before the next code line: indent and end of each (reused buffers). */
    commentIndents = [];
    commentEnds = [];
    // The current token.
    k = 0;
    s = 0;
    e = 0;
    v = '';
    /** The current NAME token is a reserved word. */
    reserved = false;
    /** String tokens: prefix flags and quote layout, for f-string parsing. */
    strFormat = false;
    strRaw = false;
    strQuote = 0;
    strTriple = false;
    strPrefixLen = 0;
    /** Recursion guard: deep nesting is left to tree-sitter (which has its own stack). */
    nesting = 0;
    /** Quote characters of the f-strings being parsed (a nested same quote is left to tree-sitter). */
    fstringQuotes = [];
    constructor(text) {
        this.text = text;
        this.len = text.length;
        // tree-sitter treats these as whitespace with its own indentation rules; not worth mirroring.
        const odd = UNUSUAL_WHITESPACE.exec(text);
        if (odd)
            unsupported('unusual whitespace, control character or lone carriage return', odd.index);
    }
    // ---------------------------------------------------------------- lexer
    next() {
        if (this.pendingDedentsRead < this.pendingDedentCount) {
            this.k = DEDENT;
            this.s = this.e = this.pendingDedents[this.pendingDedentsRead++];
            return;
        }
        if (this.pendingIndent) {
            this.pendingIndent = false;
            this.k = INDENT;
            this.s = this.e = this.pos;
            return;
        }
        if (this.atLineStart && this.depth === 0) {
            this.atLineStart = false;
            this.lineStart();
            if (this.pendingDedentsRead < this.pendingDedentCount || this.pendingIndent)
                return this.next();
        }
        this.scanToken();
    }
    /**
     * At the start of a logical line: skip blank and comment lines, then decide INDENT / DEDENT the
     * way tree-sitter-python's scanner does — a comment indented at least as deep as the current block
     * belongs to that block (and extends it) even when the next code line dedents.
     */
    lineStart() {
        const text = this.text;
        let blockEnd = this.lineEnd;
        let comments = 0;
        const dedents = this.pendingDedents;
        let dedentCount = 0;
        this.pendingDedentsRead = 0;
        let p = this.pos;
        let indent = 0;
        for (;;) {
            indent = 0;
            let q = p;
            for (; q < this.len; q++) {
                const c = text.charCodeAt(q);
                if (c === 32)
                    indent++;
                else if (c === 9)
                    indent += 8;
                else
                    break;
            }
            if (q >= this.len) {
                indent = 0;
                p = q;
                break;
            }
            const c = text.charCodeAt(q);
            if (c === 10 || (c === 13 && text.charCodeAt(q + 1) === 10)) {
                p = text.indexOf('\n', q) + 1;
                continue;
            }
            if (c === 35) {
                let end = text.indexOf('\n', q);
                if (end === -1)
                    end = this.len;
                this.commentIndents[comments] = indent;
                this.commentEnds[comments++] = end;
                p = end === this.len ? end : end + 1;
                continue;
            }
            if (c === 92)
                unsupported('line continuation at the start of a line', q);
            p = q;
            break;
        }
        const atEof = p >= this.len;
        const target = atEof ? 0 : indent;
        const stack = this.indents;
        for (let i = 0; i < comments; i++) {
            while (target < stack[stack.length - 1] && this.commentIndents[i] < stack[stack.length - 1]) {
                stack.pop();
                dedents[dedentCount++] = blockEnd;
            }
            blockEnd = this.commentEnds[i];
        }
        while (target < stack[stack.length - 1]) {
            stack.pop();
            dedents[dedentCount++] = blockEnd;
        }
        this.pendingDedentCount = dedentCount;
        if (target > stack[stack.length - 1]) {
            if (dedentCount > 0)
                unsupported('unindent does not match any outer indentation level', p);
            stack.push(target);
            this.pendingIndent = true;
        }
        this.pos = p;
    }
    scanToken() {
        const text = this.text;
        let p = this.pos;
        // Indentation of a continuation line inside brackets, while it is being skipped (-1: not at one).
        let continuationIndent = -1;
        for (;;) {
            if (p >= this.len) {
                this.pos = p;
                if (this.depth > 0)
                    unsupported('unexpected end of file inside brackets', p);
                if (this.k === NAME || this.k === NUMBER || this.k === STRING || this.k === OP) {
                    // The last line has no newline: end it, then let lineStart close the open blocks.
                    this.k = NEWLINE;
                    this.s = this.e = this.lineEnd;
                    this.atLineStart = true;
                    return;
                }
                this.k = EOF;
                this.s = this.e = p;
                return;
            }
            const c = text.charCodeAt(p);
            if (c === 32 || c === 9) {
                if (continuationIndent >= 0)
                    continuationIndent += c === 9 ? 8 : 1;
                p++;
                continue;
            }
            if (c === 10 || c === 13) {
                p += c === 13 ? 2 : 1;
                if (this.depth > 0) {
                    continuationIndent = 0;
                    continue;
                }
                this.pos = p;
                // tree-sitter reads `a,` NEWLINE `b = 1` as one assignment `a, b = 1`; leave such lines to it.
                if (this.k === OP && this.v === ',')
                    unsupported('a line ending in a comma', p);
                this.k = NEWLINE;
                this.s = this.e = this.lineEnd;
                this.atLineStart = true;
                return;
            }
            if (c === 35) {
                let end = text.indexOf('\n', p);
                if (end === -1)
                    end = this.len;
                if (this.depth === 0)
                    this.lineEnd = end;
                p = end;
                continue;
            }
            if (c === 92) {
                continuationIndent = -1;
                if (text.charCodeAt(p + 1) === 10)
                    p += 2;
                else if (text.charCodeAt(p + 1) === 13 && text.charCodeAt(p + 2) === 10)
                    p += 3;
                else
                    unsupported('stray backslash', p);
                continue;
            }
            break;
        }
        // tree-sitter's scanner closes the block (a syntax error) when such a line sits left of the
        // block and no closing bracket could come next; rare, so all of them are left to it.
        if (continuationIndent >= 0 && continuationIndent < this.indents[this.indents.length - 1]) {
            unsupported('a line inside brackets indented left of its block', p);
        }
        const start = p;
        const c = text.charCodeAt(p);
        this.s = start;
        if (isNameStart(c) || (c > 127 && ID_START.test(String.fromCodePoint(text.codePointAt(p))))) {
            p = this.scanName(p);
            const q = text.charCodeAt(p);
            if (q === 34 || q === 39) {
                const prefix = text.slice(start, p).toLowerCase();
                if (!STRING_PREFIXES.has(prefix))
                    unsupported(`string prefix ${prefix}`, start);
                this.scanString(start, p);
                return;
            }
            this.k = NAME;
            // Only keywords and soft keywords are ever compared, so other names are not sliced out.
            this.v = wordAt(text, start, p - start);
            this.reserved = this.v !== '' && KEYWORDS.has(this.v);
            this.finish(p);
            return;
        }
        if (c === 34 || c === 39) {
            this.scanString(start, start);
            return;
        }
        if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) {
            this.scanNumber(start);
            return;
        }
        if (c > 127)
            unsupported('non-ASCII character outside a string', p);
        this.k = OP;
        this.v = this.scanOperator(p);
        if (this.v === '')
            unsupported(`unexpected character ${JSON.stringify(text[p])}`, p);
        const v = this.v;
        if (v === '(' || v === '[' || v === '{')
            this.depth++;
        else if (v === ')' || v === ']' || v === '}') {
            if (this.depth === 0)
                unsupported('unbalanced bracket', p);
            this.depth--;
        }
        this.finish(p + v.length);
    }
    /** The end of the name starting at `p` (non-ASCII letters by Unicode's identifier classes). */
    scanName(p) {
        const text = this.text;
        for (;;) {
            if (p >= this.len)
                return p;
            const c = text.charCodeAt(p);
            if (c < 128) {
                if (!isNameChar(c))
                    return p;
                p++;
                continue;
            }
            const cp = text.codePointAt(p);
            if (!ID_CONTINUE.test(String.fromCodePoint(cp)))
                return p;
            p += cp > 0xffff ? 2 : 1;
        }
    }
    finish(end) {
        this.e = end;
        this.pos = end;
        this.lineEnd = end;
    }
    scanOperator(p) {
        const t = this.text;
        const c = t.charCodeAt(p);
        const d = t.charCodeAt(p + 1);
        const e = t.charCodeAt(p + 2);
        switch (c) {
            case 40: return '(';
            case 41: return ')';
            case 91: return '[';
            case 93: return ']';
            case 123: return '{';
            case 125: return '}';
            case 44: return ',';
            case 59: return ';';
            case 126: return '~';
            case 58: return d === 61 ? ':=' : ':';
            case 46: return d === 46 && e === 46 ? '...' : '.';
            case 61: return d === 61 ? '==' : '=';
            case 33: return d === 61 ? '!=' : '!';
            case 43: return d === 61 ? '+=' : '+';
            case 45: return d === 61 ? '-=' : d === 62 ? '->' : '-';
            case 37: return d === 61 ? '%=' : '%';
            case 38: return d === 61 ? '&=' : '&';
            case 124: return d === 61 ? '|=' : '|';
            case 94: return d === 61 ? '^=' : '^';
            case 64: return d === 61 ? '@=' : '@';
            case 42: return d === 42 ? (e === 61 ? '**=' : '**') : d === 61 ? '*=' : '*';
            case 47: return d === 47 ? (e === 61 ? '//=' : '//') : d === 61 ? '/=' : '/';
            case 60: return d === 60 ? (e === 61 ? '<<=' : '<<') : d === 61 ? '<=' : d === 62 ? '<>' : '<';
            case 62: return d === 62 ? (e === 61 ? '>>=' : '>>') : d === 61 ? '>=' : '>';
            default: return '';
        }
    }
    /** Numbers, with tree-sitter's token boundaries (it also takes Python 2's `1L`). */
    scanNumber(start) {
        const t = this.text;
        let p = start;
        let isFloat = false;
        const c0 = t.charCodeAt(p);
        const c1 = t.charCodeAt(p + 1) | 32;
        if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
            p += 2;
            const ok = c1 === 120 ? (c) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102) : c1 === 111 ? (c) => c >= 48 && c <= 55 : (c) => c === 48 || c === 49;
            let digits = 0;
            for (;;) {
                const c = t.charCodeAt(p);
                if (c === 95 && ok(t.charCodeAt(p + 1)))
                    p++;
                else if (ok(c)) {
                    p++;
                    digits++;
                }
                else
                    break;
            }
            if (digits === 0)
                unsupported('malformed number', start);
            if ((t.charCodeAt(p) | 32) === 108)
                p++;
        }
        else {
            const digits = () => {
                const from = p;
                while (isDigit(t.charCodeAt(p)) || (t.charCodeAt(p) === 95 && p > from))
                    p++;
                return p > from;
            };
            const hadInt = digits();
            if (t.charCodeAt(p) === 46 && !(t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 46)) {
                isFloat = true;
                p++;
                const hadFrac = digits();
                if (!hadInt && !hadFrac)
                    unsupported('malformed number', start);
            }
            if ((t.charCodeAt(p) | 32) === 101) {
                let q = p + 1;
                if (t.charCodeAt(q) === 43 || t.charCodeAt(q) === 45)
                    q++;
                if (isDigit(t.charCodeAt(q))) {
                    isFloat = true;
                    p = q;
                    digits();
                }
            }
            const suffix = t.charCodeAt(p) | 32;
            if (suffix === 106)
                p++;
            else if (suffix === 108 && !isFloat)
                p++;
        }
        if (isNameChar(t.charCodeAt(p)) || t.charCodeAt(p) > 127)
            unsupported('number followed by a name', p);
        this.k = NUMBER;
        this.v = isFloat ? 'float' : 'integer';
        this.finish(p);
    }
    /** A string literal; f-strings are only delimited here (their insides are parsed by parseString). */
    scanString(start, quoteAt) {
        const t = this.text;
        const prefix = t.slice(start, quoteAt).toLowerCase();
        const quote = t.charCodeAt(quoteAt);
        const triple = t.charCodeAt(quoteAt + 1) === quote && t.charCodeAt(quoteAt + 2) === quote;
        const raw = prefix.includes('r');
        this.strFormat = prefix.includes('f');
        this.strRaw = raw;
        this.strQuote = quote;
        this.strTriple = triple;
        this.strPrefixLen = quoteAt - start;
        if (this.fstringQuotes.includes(quote))
            unsupported('a string reusing the quote of its f-string', start);
        let p = quoteAt + (triple ? 3 : 1);
        for (;;) {
            if (p >= this.len)
                unsupported('unterminated string', start);
            const c = t.charCodeAt(p);
            if (c === 92) {
                p += 2;
                if (t.charCodeAt(p - 1) === 13 && t.charCodeAt(p) === 10)
                    p++;
                continue;
            }
            if (c === quote) {
                if (!triple) {
                    p++;
                    break;
                }
                if (t.charCodeAt(p + 1) === quote && t.charCodeAt(p + 2) === quote) {
                    p += 3;
                    break;
                }
            }
            else if ((c === 10 || c === 13) && !triple)
                unsupported('newline in a single-quoted string', p);
            p++;
        }
        this.k = STRING;
        this.finish(p);
    }
    /** Positions the lexer at `p` inside an f-string (the literal part is scanned by hand). */
    seek(p) {
        this.pos = p;
    }
    // ---------------------------------------------------------------- helpers
    /** The first character after the current token, spaces skipped (a peek without lexing). */
    nextCharAfterToken() {
        const t = this.text;
        let p = this.e;
        for (;;) {
            const c = t.charCodeAt(p);
            if (c === 32 || c === 9)
                p++;
            else if (c === 92 && t.charCodeAt(p + 1) === 10)
                p += 2;
            else if (c === 92 && t.charCodeAt(p + 1) === 13 && t.charCodeAt(p + 2) === 10)
                p += 3;
            else
                return c;
        }
    }
    /** The current token kind, read through a call so TypeScript does not narrow it across next(). */
    kind() {
        return this.k;
    }
    isOp(v) {
        return this.k === OP && this.v === v;
    }
    isKw(v) {
        return this.k === NAME && this.v === v;
    }
    expectOp(v) {
        if (this.k !== OP || this.v !== v)
            this.fail(`expected ${v}`);
        const end = this.e;
        this.next();
        return end;
    }
    expectKw(v) {
        if (this.k !== NAME || this.v !== v)
            this.fail(`expected ${v}`);
        const end = this.e;
        this.next();
        return end;
    }
    fail(what) {
        const found = this.k === NEWLINE ? 'newline' : this.k === INDENT ? 'indent' : this.k === DEDENT ? 'dedent' : this.k === EOF ? 'end of file' : this.text.slice(this.s, this.e);
        unsupported(`${what}, found ${JSON.stringify(found)}`, this.s);
    }
    enter() {
        if (++this.nesting > 150)
            unsupported('deep nesting', this.s);
    }
    leave() {
        this.nesting--;
    }
    identifier() {
        if (this.k !== NAME || this.reserved)
            this.fail('expected a name');
        const n = leaf('identifier', this.s, this.e);
        this.next();
        return n;
    }
    // ---------------------------------------------------------------- module and statements
    parseModule() {
        const text = this.text;
        let first = 0;
        while (first < this.len) {
            const c = text.charCodeAt(first);
            if (c !== 32 && c !== 9 && c !== 10 && c !== 13)
                break;
            first++;
        }
        this.next();
        const body = [];
        while (this.k !== EOF) {
            if (this.k === INDENT)
                this.fail('unexpected indent');
            if (this.k === DEDENT || this.k === NEWLINE)
                this.fail('unexpected token');
            this.statement(body);
        }
        return node('module', first, this.len, body);
    }
    /** One line of simple statements or one compound statement, appended to `out`. */
    statement(out) {
        if (this.k === NAME) {
            switch (this.v) {
                case 'if':
                    out.push(this.ifStatement());
                    return;
                case 'for':
                    out.push(this.forStatement(this.s));
                    return;
                case 'while':
                    out.push(this.whileStatement());
                    return;
                case 'try':
                    out.push(this.tryStatement());
                    return;
                case 'with':
                    out.push(this.withStatement(this.s));
                    return;
                case 'def':
                    out.push(this.functionDefinition(this.s));
                    return;
                case 'class':
                    out.push(this.classDefinition(this.s));
                    return;
                case 'async': {
                    const start = this.s;
                    this.next();
                    if (this.isKw('def'))
                        out.push(this.functionDefinition(start));
                    else if (this.isKw('for'))
                        out.push(this.forStatement(start));
                    else if (this.isKw('with'))
                        out.push(this.withStatement(start));
                    else
                        this.fail('expected def, for or with after async');
                    return;
                }
                case 'match':
                case 'type':
                case 'print':
                case 'exec': {
                    // Soft keywords and Python 2 statements: tree-sitter may read these as statements.
                    const t = this.text;
                    let p = this.e;
                    while (t.charCodeAt(p) === 32)
                        p++;
                    const c = t.charCodeAt(p);
                    const d = t.charCodeAt(p + 1);
                    // Plain uses: assignment, attribute, annotation (`type: str`), print(…). tree-sitter reads
                    // `type(x).y = 1` as a type alias and `match (x):` may be a match statement: left to it.
                    const plain = (c === 61 && d !== 61) || c === 46 || (c === 58 && d !== 61) || (c === 40 && (this.v === 'print' || this.v === 'exec'));
                    if (!plain)
                        unsupported(`statement starting with ${this.v}`, this.s);
                    break;
                }
            }
        }
        else if (this.isOp('@')) {
            out.push(this.decoratedDefinition());
            return;
        }
        this.simpleStatements(out);
    }
    /** simple_stmt (';' simple_stmt)* [';'] NEWLINE; returns the NEWLINE position. */
    simpleStatements(out) {
        for (;;) {
            out.push(this.simpleStatement());
            if (this.isOp(';')) {
                this.next();
                if (this.k === NEWLINE)
                    break;
                continue;
            }
            break;
        }
        if (this.k !== NEWLINE)
            this.fail('expected end of statement');
        const at = this.s;
        this.next();
        return at;
    }
    simpleStatement() {
        const start = this.s;
        if (this.k === NAME) {
            switch (this.v) {
                case 'pass':
                case 'break':
                case 'continue': {
                    const n = leaf(`${this.v}_statement`, start, this.e);
                    this.next();
                    return n;
                }
                case 'return': {
                    this.next();
                    const value = this.atStatementEnd() ? [] : [this.expressions()];
                    return node('return_statement', start, value.length ? value[0].end : start + 6, value);
                }
                case 'del': {
                    this.next();
                    const target = this.expressions();
                    return node('delete_statement', start, target.end, [target]);
                }
                case 'raise': {
                    this.next();
                    const children = [];
                    let end = start + 5;
                    if (!this.atStatementEnd() && !this.isKw('from')) {
                        const value = this.expressions();
                        children.push(value);
                        end = value.end;
                    }
                    if (this.isKw('from')) {
                        this.next();
                        const cause = withField(this.expression(), 'cause');
                        children.push(cause);
                        end = cause.end;
                    }
                    return node('raise_statement', start, end, children);
                }
                case 'global':
                case 'nonlocal': {
                    const type = `${this.v}_statement`;
                    this.next();
                    const names = [this.identifier()];
                    while (this.isOp(',')) {
                        this.next();
                        names.push(this.identifier());
                    }
                    return node(type, start, names[names.length - 1].end, names);
                }
                case 'assert': {
                    this.next();
                    const parts = [this.expression()];
                    while (this.isOp(',')) {
                        this.next();
                        parts.push(this.expression());
                    }
                    return node('assert_statement', start, parts[parts.length - 1].end, parts);
                }
                case 'import': return this.importStatement();
                case 'from': return this.importFrom();
            }
        }
        return this.expressionStatement();
    }
    atStatementEnd() {
        return this.k === NEWLINE || this.isOp(';') || this.k === EOF;
    }
    dottedName() {
        const parts = [this.identifier()];
        while (this.isOp('.')) {
            this.next();
            parts.push(this.identifier());
        }
        return node('dotted_name', parts[0].start, parts[parts.length - 1].end, parts);
    }
    importList(out) {
        let end = 0;
        for (;;) {
            const name = this.dottedName();
            let item = name;
            if (this.isKw('as')) {
                this.next();
                const alias = withField(this.identifier(), 'alias');
                item = node('aliased_import', name.start, alias.end, [withField(name, 'name'), alias]);
            }
            out.push(withField(item, 'name'));
            end = item.end;
            if (!this.isOp(','))
                break;
            end = this.e;
            this.next();
            if (this.k !== NAME)
                break;
        }
        return end;
    }
    importStatement() {
        const start = this.s;
        this.next();
        const names = [];
        const end = this.importList(names);
        if (this.text.charCodeAt(end - 1) === 44)
            this.fail('trailing comma in import');
        return node('import_statement', start, end, names);
    }
    importFrom() {
        const start = this.s;
        this.next();
        const children = [];
        let future = false;
        if (this.isOp('.') || this.isOp('...')) {
            const prefixStart = this.s;
            let prefixEnd = this.e;
            while (this.isOp('.') || this.isOp('...')) {
                prefixEnd = this.e;
                this.next();
            }
            const relative = [leaf('import_prefix', prefixStart, prefixEnd)];
            if (this.k === NAME && this.v !== 'import')
                relative.push(this.dottedName());
            children.push(withField(node('relative_import', prefixStart, relative[relative.length - 1].end, relative), 'module_name'));
        }
        else {
            if (this.isKw('__future__'))
                future = true;
            const module = this.dottedName();
            if (future && module.children.length > 1)
                future = false;
            if (!future)
                children.push(withField(module, 'module_name'));
        }
        this.expectKw('import');
        let end;
        if (this.isOp('*')) {
            if (future)
                this.fail('from __future__ import *');
            children.push(leaf('wildcard_import', this.s, this.e));
            end = this.e;
            this.next();
        }
        else if (this.isOp('(')) {
            this.next();
            this.importList(children);
            end = this.expectOp(')');
        }
        else {
            end = this.importList(children);
            if (this.text.charCodeAt(end - 1) === 44)
                this.fail('trailing comma in import');
        }
        return node(future ? 'future_import_statement' : 'import_from_statement', start, end, children);
    }
    expressionStatement() {
        const start = this.s;
        if (this.isKw('yield')) {
            const y = this.yieldExpression();
            if (this.isOp('=') || (this.k === OP && AUGMENTED.has(this.v)))
                this.fail('assignment to yield');
            return node('expression_statement', start, y.end, [y]);
        }
        const items = [];
        const end = this.starExpressions(items, true);
        if (this.isOp('=')) {
            const assignment = this.assignmentFrom(items, end);
            return node('expression_statement', start, assignment.end, [assignment]);
        }
        if (this.isOp(':')) {
            if (items.length !== 1 || end !== items[0].end)
                this.fail('annotation of several targets');
            const left = withField(this.singleTarget(items[0]), 'left');
            this.next();
            const type = withField(this.type(), 'type');
            const children = [left, type];
            let assignEnd = type.end;
            if (this.isOp('=')) {
                this.next();
                const right = withField(this.rightHandSide(), 'right');
                children.push(right);
                assignEnd = right.end;
            }
            const assignment = node('assignment', left.start, assignEnd, children);
            return node('expression_statement', start, assignment.end, [assignment]);
        }
        if (this.k === OP && AUGMENTED.has(this.v)) {
            if (items.length !== 1 || end !== items[0].end)
                this.fail('augmented assignment to several targets');
            const left = withField(this.singleTarget(items[0]), 'left');
            const op = withField(leaf(this.v, this.s, this.e), 'operator');
            this.next();
            const right = withField(this.isKw('yield') ? this.yieldExpression() : this.expressions(), 'right');
            const aug = node('augmented_assignment', left.start, right.end, [left, op, right]);
            return node('expression_statement', start, aug.end, [aug]);
        }
        for (const item of items)
            if (item.type === 'list_splat')
                this.fail('starred expression statement');
        return node('expression_statement', start, end, items);
    }
    /** `targets = value` (chains nest: a = b = c → assignment(a, assignment(b, c))). */
    assignmentFrom(items, end) {
        const left = withField(this.patternOf(items, end), 'left');
        this.expectOp('=');
        let right;
        if (this.isKw('yield'))
            right = this.yieldExpression();
        else {
            const next = [];
            const nextEnd = this.starExpressions(next, true);
            if (this.isOp('='))
                right = this.assignmentFrom(next, nextEnd);
            else {
                for (const item of next)
                    if (item.type === 'list_splat')
                        this.fail('starred assignment value');
                right = next.length === 1 && nextEnd === next[0].end ? next[0] : node('expression_list', next[0].start, nextEnd, next);
            }
        }
        withField(right, 'right');
        return node('assignment', left.start, right.end, [left, right]);
    }
    rightHandSide() {
        if (this.isKw('yield'))
            return this.yieldExpression();
        return this.expressions();
    }
    /** Targets of an assignment or for loop: one pattern, or a pattern_list for a comma list. */
    patternOf(items, end) {
        if (items.length === 1 && end === items[0].end)
            return this.singleTarget(items[0]);
        return node('pattern_list', items[0].start, end, items.map((i) => this.toPattern(i)));
    }
    /** A lone starred target is a Python error that tree-sitter reads as `(*a)[k]`: left to it. */
    singleTarget(n) {
        if (n.type === 'list_splat')
            unsupported('a lone starred target', n.start);
        return this.toPattern(n);
    }
    toPattern(n) {
        switch (n.type) {
            case 'identifier':
            case 'attribute':
            case 'subscript':
                return n;
            case 'tuple':
            case 'list': {
                if (n.children.length === 0 && n.type === 'list')
                    this.fail('empty list target');
                const children = n.children.map((c) => this.toPattern(c));
                return node(n.type === 'tuple' ? 'tuple_pattern' : 'list_pattern', n.start, n.end, children);
            }
            case 'list_splat': {
                const inner = n.children[0];
                if (inner.type !== 'identifier' && inner.type !== 'attribute' && inner.type !== 'subscript')
                    this.fail('starred target');
                return node('list_splat_pattern', n.start, n.end, [inner]);
            }
            default:
                unsupported(`cannot assign to ${n.type}`, n.start);
        }
    }
    // ---------------------------------------------------------------- compound statements
    /** The body after ':' — an indented block or simple statements on the same line. */
    suite() {
        this.enter();
        const block = this.suiteBody();
        this.leave();
        return block;
    }
    suiteBody() {
        if (this.k === NEWLINE) {
            this.next();
            if (this.kind() !== INDENT)
                this.fail('expected an indented block');
            this.next();
            const body = [];
            while (this.kind() !== DEDENT) {
                if (this.kind() === EOF || this.kind() === INDENT)
                    this.fail('unexpected indentation');
                this.statement(body);
            }
            const end = this.s;
            this.next();
            return node('block', body[0].start, end, body);
        }
        const body = [];
        const end = this.simpleStatements(body);
        return node('block', body[0].start, end, body);
    }
    ifStatement() {
        const start = this.s;
        this.next();
        const children = [withField(this.expression(), 'condition')];
        this.expectOp(':');
        let body = withField(this.suite(), 'consequence');
        children.push(body);
        let end = body.end;
        while (this.isKw('elif')) {
            const s = this.s;
            this.next();
            const condition = withField(this.expression(), 'condition');
            this.expectOp(':');
            body = withField(this.suite(), 'consequence');
            children.push(withField(node('elif_clause', s, body.end, [condition, body]), 'alternative'));
            end = body.end;
        }
        if (this.isKw('else')) {
            const clause = withField(this.elseClause(), 'alternative');
            children.push(clause);
            end = clause.end;
        }
        return node('if_statement', start, end, children);
    }
    elseClause() {
        const s = this.s;
        this.next();
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        return node('else_clause', s, body.end, [body]);
    }
    forStatement(start) {
        this.expectKw('for');
        const left = withField(this.targets(), 'left');
        this.expectKw('in');
        const right = withField(this.expressions(), 'right');
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        const children = [left, right, body];
        let end = body.end;
        if (this.isKw('else')) {
            const clause = withField(this.elseClause(), 'alternative');
            children.push(clause);
            end = clause.end;
        }
        return node('for_statement', start, end, children);
    }
    /** for-loop and comprehension targets: stop before `in`. */
    targets() {
        const items = [];
        let end = 0;
        for (;;) {
            if (this.isOp('*')) {
                const s = this.s;
                this.next();
                const inner = this.binary(PREC_COMPARE + 1);
                items.push(node('list_splat', s, inner.end, [inner]));
            }
            else
                items.push(this.binary(PREC_COMPARE + 1));
            end = items[items.length - 1].end;
            if (!this.isOp(','))
                break;
            end = this.e;
            this.next();
            if (this.isKw('in'))
                break;
        }
        return this.patternOf(items, end);
    }
    whileStatement() {
        const start = this.s;
        this.next();
        const condition = withField(this.expression(), 'condition');
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        const children = [condition, body];
        let end = body.end;
        if (this.isKw('else')) {
            const clause = withField(this.elseClause(), 'alternative');
            children.push(clause);
            end = clause.end;
        }
        return node('while_statement', start, end, children);
    }
    tryStatement() {
        const start = this.s;
        this.next();
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        const children = [body];
        let end = body.end;
        let handlers = 0;
        while (this.isKw('except')) {
            const s = this.s;
            this.next();
            if (this.isOp('*'))
                this.next();
            const parts = [];
            if (!this.isOp(':')) {
                const value = this.expression();
                if (this.isKw('as')) {
                    this.checkAsSubject(value);
                    this.next();
                    const target = this.expression();
                    const alias = withField(node('as_pattern_target', target.start, target.end, [target]), 'alias');
                    parts.push(withField(node('as_pattern', value.start, alias.end, [value, alias]), 'value'));
                }
                else
                    parts.push(withField(value, 'value'));
                if (this.isOp(','))
                    this.fail('Python 2 except clause');
            }
            this.expectOp(':');
            const block = this.suite();
            parts.push(block);
            children.push(node('except_clause', s, block.end, parts));
            end = block.end;
            handlers++;
        }
        if (this.isKw('else')) {
            if (!handlers)
                this.fail('else without except');
            const clause = this.elseClause();
            children.push(clause);
            end = clause.end;
        }
        if (this.isKw('finally')) {
            const s = this.s;
            this.next();
            this.expectOp(':');
            const block = this.suite();
            children.push(node('finally_clause', s, block.end, [block]));
            end = block.end;
            handlers++;
        }
        if (!handlers)
            this.fail('try without except or finally');
        return node('try_statement', start, end, children);
    }
    withStatement(start) {
        this.expectKw('with');
        if (this.isOp('('))
            unsupported('parenthesized with items', this.s);
        const items = [];
        for (;;) {
            const value = this.expression();
            let item = value;
            if (this.isKw('as')) {
                this.checkAsSubject(value);
                this.next();
                const target = this.expression();
                const alias = withField(node('as_pattern_target', target.start, target.end, [target]), 'alias');
                item = node('as_pattern', value.start, alias.end, [value, alias]);
            }
            items.push(node('with_item', item.start, item.end, [withField(item, 'value')]));
            if (!this.isOp(','))
                break;
            this.next();
        }
        const clause = node('with_clause', items[0].start, items[items.length - 1].end, items);
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        return node('with_statement', start, body.end, [clause, body]);
    }
    /** tree-sitter binds `as` tighter than these (`a if c else b as f` → the `as` is inside the else). */
    checkAsSubject(value) {
        if (LOOSE_EXPRESSIONS.has(value.type))
            unsupported(`${value.type} before as`, value.start);
    }
    functionDefinition(start) {
        this.expectKw('def');
        const name = withField(this.identifier(), 'name');
        if (this.isOp('['))
            unsupported('type parameters', this.s);
        const paramsStart = this.s;
        this.expectOp('(');
        const params = [];
        this.parameterList(params, false);
        const paramsEnd = this.expectOp(')');
        const children = [name, withField(node('parameters', paramsStart, paramsEnd, params), 'parameters')];
        if (this.isOp('->')) {
            this.next();
            children.push(withField(this.type(), 'return_type'));
        }
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        children.push(body);
        return node('function_definition', start, body.end, children);
    }
    /** Parameters up to ')' (def) or ':' (lambda). */
    parameterList(out, lambda) {
        const closer = lambda ? ':' : ')';
        while (!this.isOp(closer)) {
            const s = this.s;
            let param;
            if (this.isOp('*') || this.isOp('**')) {
                const double = this.v === '**';
                const e = this.e;
                this.next();
                if (!double && (this.isOp(',') || this.isOp(closer)))
                    param = leaf('keyword_separator', s, e);
                else {
                    const id = this.identifier();
                    param = node(double ? 'dictionary_splat_pattern' : 'list_splat_pattern', s, id.end, [id]);
                    if (!lambda && this.isOp(':')) {
                        this.next();
                        const type = withField(this.type(), 'type');
                        param = node('typed_parameter', s, type.end, [param, type]);
                    }
                }
            }
            else if (this.isOp('/')) {
                param = leaf('positional_separator', s, this.e);
                this.next();
            }
            else if (this.isOp('(')) {
                unsupported('tuple parameter', s);
            }
            else {
                const id = this.identifier();
                param = id;
                if (!lambda && this.isOp(':')) {
                    this.next();
                    const type = withField(this.type(), 'type');
                    if (this.isOp('=')) {
                        this.next();
                        const value = withField(this.expression(), 'value');
                        param = node('typed_default_parameter', s, value.end, [withField(id, 'name'), type, value]);
                    }
                    else
                        param = node('typed_parameter', s, type.end, [id, type]);
                }
                else if (this.isOp('=')) {
                    this.next();
                    const value = withField(this.expression(), 'value');
                    param = node('default_parameter', s, value.end, [withField(id, 'name'), value]);
                }
            }
            out.push(param);
            if (!this.isOp(','))
                break;
            this.next();
        }
        if (!this.isOp(closer))
            this.fail(`expected ${closer}`);
    }
    classDefinition(start) {
        this.expectKw('class');
        const name = withField(this.identifier(), 'name');
        if (this.isOp('['))
            unsupported('type parameters', this.s);
        const children = [name];
        if (this.isOp('('))
            children.push(withField(this.argumentList(), 'superclasses'));
        this.expectOp(':');
        const body = withField(this.suite(), 'body');
        children.push(body);
        return node('class_definition', start, body.end, children);
    }
    decoratedDefinition() {
        const start = this.s;
        const children = [];
        while (this.isOp('@')) {
            const s = this.s;
            this.next();
            const expr = this.expression();
            if (this.k !== NEWLINE)
                this.fail('expected newline after decorator');
            const end = this.s;
            this.next();
            children.push(node('decorator', s, end, [expr]));
        }
        let def;
        if (this.isKw('def'))
            def = this.functionDefinition(this.s);
        else if (this.isKw('class'))
            def = this.classDefinition(this.s);
        else if (this.isKw('async')) {
            const s = this.s;
            this.next();
            def = this.functionDefinition(s);
        }
        else
            this.fail('expected def or class after decorators');
        children.push(withField(def, 'definition'));
        return node('decorated_definition', start, def.end, children);
    }
    // ---------------------------------------------------------------- types
    /**
     * An annotation. tree-sitter reads `Name[...]` as generic_type (and `generic | …` as union_type,
     * left-associative while the right operands are generic too); everything else is an expression.
     */
    type() {
        const start = this.s;
        if (this.isOp('*') || this.isOp('**')) {
            this.next();
            const id = this.identifier();
            return node('type', start, id.end, [node('splat_type', start, id.end, [id])]);
        }
        if (!this.startsGeneric()) {
            const e = this.expression();
            return node('type', e.start, e.end, [e]);
        }
        let left = this.genericType();
        while (this.isOp('|')) {
            this.next();
            let right;
            if (this.startsGeneric())
                right = this.genericType();
            else {
                const e = this.expression();
                right = node('type', e.start, e.end, [e]);
            }
            left = node('type', start, right.end, [node('union_type', start, right.end, [left, right])]);
            if (right.children[0].type !== 'generic_type')
                break;
        }
        if (!(this.isOp(',') || this.isOp(')') || this.isOp(']') || this.isOp('=') || this.isOp(':') || this.kind() === NEWLINE))
            this.fail('unexpected token after a generic type');
        return left;
    }
    startsGeneric() {
        return this.k === NAME && !this.reserved && this.nextCharAfterToken() === 91;
    }
    /** `Name[type, …]` wrapped in its `type` node. */
    genericType() {
        const start = this.s;
        const id = leaf('identifier', this.s, this.e);
        this.next();
        const paramStart = this.s;
        this.expectOp('[');
        const params = [];
        this.enter();
        for (;;) {
            params.push(this.type());
            if (!this.isOp(','))
                break;
            this.next();
            if (this.isOp(']'))
                break;
        }
        this.leave();
        const paramEnd = this.expectOp(']');
        return node('type', start, paramEnd, [node('generic_type', start, paramEnd, [id, node('type_parameter', paramStart, paramEnd, params)])]);
    }
    // ---------------------------------------------------------------- expressions
    /** expression or expression_list (a, b). */
    expressions() {
        const first = this.expression();
        if (!this.isOp(','))
            return first;
        const items = [first];
        let end = this.e;
        this.next();
        while (this.startsExpression()) {
            items.push(this.expression());
            end = items[items.length - 1].end;
            if (!this.isOp(','))
                break;
            end = this.e;
            this.next();
        }
        return node('expression_list', first.start, end, items);
    }
    /** Comma-separated expressions that may be starred; returns where the list ends (after a trailing comma). */
    starExpressions(out, allowStar) {
        let end = 0;
        for (;;) {
            if (allowStar && this.isOp('*')) {
                const s = this.s;
                this.next();
                const inner = this.binary(PREC_COMPARE + 1);
                out.push(node('list_splat', s, inner.end, [inner]));
            }
            else
                out.push(this.expression());
            end = out[out.length - 1].end;
            if (!this.isOp(','))
                return end;
            end = this.e;
            this.next();
            if (!this.startsExpression() && !this.isOp('*'))
                return end;
        }
    }
    startsExpression() {
        switch (this.k) {
            case NAME: return !this.reserved || this.v === 'not' || this.v === 'lambda' || this.v === 'await' || this.v === 'None' || this.v === 'True' || this.v === 'False';
            case NUMBER:
            case STRING: return true;
            case OP: return this.v === '(' || this.v === '[' || this.v === '{' || this.v === '-' || this.v === '+' || this.v === '~' || this.v === '...';
            default: return false;
        }
    }
    /** tree-sitter's `expression`: lambda, conditional, boolean, not, comparison, walrus. */
    expression() {
        // No try/finally for leave(): any failure abandons the whole parse.
        this.enter();
        let result;
        if (this.isKw('lambda'))
            result = this.lambda();
        else {
            const start = this.s;
            result = this.orTest();
            if (this.isOp(':=')) {
                if (result.type !== 'identifier')
                    this.fail('walrus target');
                this.next();
                const value = withField(this.expression(), 'value');
                result = node('named_expression', start, value.end, [withField(result, 'name'), value]);
            }
            else if (this.isKw('if')) {
                this.next();
                const condition = this.orTest();
                this.expectKw('else');
                const otherwise = this.expression();
                result = node('conditional_expression', start, otherwise.end, [result, condition, otherwise]);
            }
        }
        this.leave();
        return result;
    }
    lambda() {
        const start = this.s;
        this.next();
        const children = [];
        if (!this.isOp(':')) {
            const params = [];
            const s = this.s;
            this.parameterList(params, true);
            children.push(withField(node('lambda_parameters', s, params[params.length - 1].end, params), 'parameters'));
        }
        this.expectOp(':');
        const body = withField(this.expression(), 'body');
        children.push(body);
        return node('lambda', start, body.end, children);
    }
    orTest() {
        let left = this.andTest();
        while (this.isKw('or')) {
            const op = withField(leaf('or', this.s, this.e), 'operator');
            this.next();
            const right = withField(this.andTest(), 'right');
            left = node('boolean_operator', left.start, right.end, [withField(left, 'left'), op, right]);
        }
        return left;
    }
    andTest() {
        let left = this.notTest();
        while (this.isKw('and')) {
            const op = withField(leaf('and', this.s, this.e), 'operator');
            this.next();
            const right = withField(this.notTest(), 'right');
            left = node('boolean_operator', left.start, right.end, [withField(left, 'left'), op, right]);
        }
        return left;
    }
    notTest() {
        if (this.isKw('not')) {
            const start = this.s;
            this.next();
            this.enter();
            const argument = withField(this.notTest(), 'argument');
            this.leave();
            return node('not_operator', start, argument.end, [argument]);
        }
        return this.comparison();
    }
    comparison() {
        const first = this.binary(PREC_COMPARE + 1);
        if (!this.isComparisonOperator())
            return first;
        const children = [first];
        while (this.isComparisonOperator()) {
            const s = this.s;
            let type = this.v;
            if (this.v === 'not') {
                this.next();
                if (!this.isKw('in'))
                    this.fail('expected in after not');
                type = 'not in';
            }
            else if (this.v === 'is') {
                const t = this.text;
                let p = this.e;
                while (t.charCodeAt(p) === 32)
                    p++;
                if (t.startsWith('not', p) && !isNameChar(t.charCodeAt(p + 3))) {
                    this.next();
                    type = 'is not';
                }
            }
            const op = withField(leaf(type, s, this.e), 'operators');
            this.next();
            children.push(op, this.binary(PREC_COMPARE + 1));
        }
        return node('comparison_operator', first.start, children[children.length - 1].end, children);
    }
    isComparisonOperator() {
        if (this.k === OP)
            return COMPARISON.has(this.v);
        return this.k === NAME && (this.v === 'in' || this.v === 'is' || this.v === 'not');
    }
    /** Binary operators by precedence climbing (left-associative except `**`). */
    binary(minPrec) {
        let left = this.unary();
        for (;;) {
            if (this.k !== OP)
                return left;
            const prec = BINARY_PRECEDENCE[this.v];
            if (prec === undefined || prec < minPrec)
                return left;
            const op = withField(leaf(this.v, this.s, this.e), 'operator');
            this.next();
            this.enter();
            const right = withField(this.binary(op.type === '**' ? prec : prec + 1), 'right');
            this.leave();
            left = node('binary_operator', left.start, right.end, [withField(left, 'left'), op, right]);
        }
    }
    unary() {
        if (this.k === OP && (this.v === '-' || this.v === '+' || this.v === '~')) {
            const start = this.s;
            const op = withField(leaf(this.v, this.s, this.e), 'operator');
            this.next();
            this.enter();
            const argument = withField(this.binary(PREC_UNARY), 'argument');
            this.leave();
            return node('unary_operator', start, argument.end, [op, argument]);
        }
        if (this.isKw('await')) {
            const start = this.s;
            this.next();
            this.enter();
            const argument = this.binary(PREC_UNARY);
            this.leave();
            return node('await', start, argument.end, [argument]);
        }
        return this.postfix(this.atom());
    }
    /** Calls, attributes and subscripts. */
    postfix(n) {
        for (;;) {
            if (this.k !== OP)
                return n;
            if (this.v === '.') {
                this.next();
                const attribute = withField(this.identifier(), 'attribute');
                n = node('attribute', n.start, attribute.end, [withField(n, 'object'), attribute]);
            }
            else if (this.v === '(') {
                const args = withField(this.argumentList(), 'arguments');
                n = node('call', n.start, args.end, [withField(n, 'function'), args]);
            }
            else if (this.v === '[') {
                this.next();
                this.enter();
                const children = [withField(n, 'value')];
                for (;;) {
                    children.push(withField(this.subscriptItem(), 'subscript'));
                    if (!this.isOp(','))
                        break;
                    this.next();
                    if (this.isOp(']'))
                        break;
                }
                this.leave();
                const end = this.expectOp(']');
                n = node('subscript', n.start, end, children);
            }
            else
                return n;
        }
    }
    subscriptItem() {
        const start = this.s;
        const parts = [];
        if (!this.isOp(':')) {
            if (this.isOp('*'))
                unsupported('starred subscript', this.s);
            const first = this.expression();
            if (!this.isOp(':'))
                return first;
            parts.push(first);
        }
        let end = this.expectOp(':');
        if (!this.isOp(':') && !this.isOp(',') && !this.isOp(']')) {
            parts.push(this.expression());
            end = parts[parts.length - 1].end;
        }
        if (this.isOp(':')) {
            end = this.e;
            this.next();
            if (!this.isOp(',') && !this.isOp(']')) {
                parts.push(this.expression());
                end = parts[parts.length - 1].end;
            }
        }
        return node('slice', start, end, parts);
    }
    /** `( … )` after a callee: an argument_list, or a generator_expression for f(x for x in y). */
    argumentList() {
        const start = this.s;
        this.expectOp('(');
        this.enter();
        const args = [];
        while (!this.isOp(')')) {
            const s = this.s;
            if (this.isOp('*') || this.isOp('**')) {
                const double = this.v === '**';
                this.next();
                const value = this.expression();
                args.push(node(double ? 'dictionary_splat' : 'list_splat', s, value.end, [value]));
            }
            else {
                const value = this.expression();
                if (this.isOp('=') && value.type === 'identifier') {
                    this.next();
                    const v = withField(this.expression(), 'value');
                    args.push(node('keyword_argument', s, v.end, [withField(value, 'name'), v]));
                }
                else if (this.isKw('for') || this.isKw('async')) {
                    if (args.length)
                        this.fail('generator argument must be alone');
                    const clauses = [withField(value, 'body')];
                    this.comprehensionClauses(clauses);
                    this.leave();
                    const end = this.expectOp(')');
                    return node('generator_expression', start, end, clauses);
                }
                else
                    args.push(value);
            }
            if (!this.isOp(','))
                break;
            this.next();
        }
        this.leave();
        const end = this.expectOp(')');
        return node('argument_list', start, end, args);
    }
    comprehensionClauses(out) {
        while (this.isKw('for') || this.isKw('async') || this.isKw('if')) {
            const s = this.s;
            if (this.isKw('if')) {
                this.next();
                const condition = this.orTest();
                if (this.isOp(':='))
                    this.fail('walrus in a comprehension condition');
                out.push(node('if_clause', s, condition.end, [condition]));
                continue;
            }
            if (this.isKw('async'))
                this.next();
            this.expectKw('for');
            const left = withField(this.targets(), 'left');
            this.expectKw('in');
            const right = withField(this.orTest(), 'right');
            if (this.isOp(','))
                this.fail('unparenthesized tuple in a comprehension');
            out.push(node('for_in_clause', s, right.end, [left, right]));
        }
    }
    yieldExpression() {
        const start = this.s;
        let end = this.e;
        this.next();
        if (this.isKw('from')) {
            this.next();
            const value = this.expression();
            return node('yield', start, value.end, [value]);
        }
        if (!this.startsExpression())
            return node('yield', start, end, []);
        const value = this.expressions();
        end = value.end;
        return node('yield', start, end, [value]);
    }
    atom() {
        const s = this.s;
        const e = this.e;
        switch (this.k) {
            case NAME: {
                const v = this.v;
                if (v === 'True' || v === 'False' || v === 'None') {
                    this.next();
                    return leaf(v === 'True' ? 'true' : v === 'False' ? 'false' : 'none', s, e);
                }
                return this.identifier();
            }
            case NUMBER: {
                const type = this.v;
                this.next();
                return leaf(type, s, e);
            }
            case STRING: {
                const first = this.string();
                if (this.k !== STRING)
                    return first;
                const parts = [first];
                while (this.k === STRING)
                    parts.push(this.string());
                return node('concatenated_string', s, parts[parts.length - 1].end, parts);
            }
            case OP:
                switch (this.v) {
                    case '(': return this.parenthesized();
                    case '[': return this.listDisplay();
                    case '{': return this.braceDisplay();
                    case '...':
                        this.next();
                        return leaf('ellipsis', s, e);
                }
        }
        this.fail('expected an expression');
    }
    parenthesized() {
        const start = this.s;
        this.next();
        this.enter();
        try {
            if (this.isOp(')')) {
                const end = this.e;
                this.next();
                return leaf('tuple', start, end);
            }
            if (this.isKw('yield')) {
                const y = this.yieldExpression();
                const end = this.expectOp(')');
                return node('parenthesized_expression', start, end, [y]);
            }
            const first = this.isOp('*') ? this.collectionElement(true) : this.expression();
            if (first.type === 'list_splat' && this.isOp(')'))
                unsupported('parenthesized starred expression', start);
            if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
                const clauses = [withField(first, 'body')];
                this.comprehensionClauses(clauses);
                const end = this.expectOp(')');
                return node('generator_expression', start, end, clauses);
            }
            if (this.isOp(')') && first.type !== 'list_splat') {
                const end = this.e;
                this.next();
                return node('parenthesized_expression', start, end, [first]);
            }
            const items = [first];
            this.collectionTail(items, true);
            const end = this.expectOp(')');
            return node('tuple', start, end, items);
        }
        finally {
            this.leave();
        }
    }
    /** After the first element of a tuple/list/set: `, elem`* `,`? (elements may be starred). */
    collectionTail(items, inTuple) {
        while (this.isOp(',')) {
            this.next();
            if (this.isOp(')') || this.isOp(']') || this.isOp('}'))
                return;
            items.push(this.collectionElement(inTuple));
        }
    }
    collectionElement(inTuple, alone = false) {
        if (this.isOp('*')) {
            const s = this.s;
            this.next();
            const inner = this.binary(PREC_COMPARE + 1);
            if (alone && !inTuple && inner.type !== 'identifier' && (this.isOp(']') || this.isOp('}')))
                return this.splatAtRoot(s, inner);
            return node('list_splat', s, inner.end, [inner]);
        }
        if (this.isKw('yield'))
            unsupported('yield in a collection', this.s);
        return this.expression();
    }
    /**
     * tree-sitter reads a lone `[*a.b]` or `{*f(x)}` as the attribute or call applied to `*a` itself:
     * rebuild the chain with the list_splat at its root.
     */
    splatAtRoot(start, chain) {
        let n = chain;
        while (n.type === 'attribute' || n.type === 'call' || n.type === 'subscript') {
            n.start = start;
            const root = n.children[0];
            if (root.type === 'identifier') {
                const splat = node('list_splat', start, root.end, [root]);
                splat.field = root.field;
                root.field = null;
                splat.parent = n;
                n.children[0] = splat;
                return chain;
            }
            n = root;
        }
        unsupported('starred element in a list or set', start);
    }
    listDisplay() {
        const start = this.s;
        this.next();
        this.enter();
        try {
            if (this.isOp(']')) {
                const end = this.e;
                this.next();
                return leaf('list', start, end);
            }
            const first = this.collectionElement(false, true);
            if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
                const clauses = [withField(first, 'body')];
                this.comprehensionClauses(clauses);
                const end = this.expectOp(']');
                return node('list_comprehension', start, end, clauses);
            }
            const items = [first];
            this.collectionTail(items, false);
            const end = this.expectOp(']');
            return node('list', start, end, items);
        }
        finally {
            this.leave();
        }
    }
    braceDisplay() {
        const start = this.s;
        this.next();
        this.enter();
        try {
            if (this.isOp('}')) {
                const end = this.e;
                this.next();
                return leaf('dictionary', start, end);
            }
            if (this.isOp('**'))
                return this.dictionaryRest(start, []);
            const first = this.collectionElement(false, true);
            if (this.isOp(':') && first.type !== 'list_splat') {
                this.next();
                const value = withField(this.expression(), 'value');
                const pair = node('pair', first.start, value.end, [withField(first, 'key'), value]);
                if (this.isKw('for') || this.isKw('async')) {
                    const clauses = [withField(pair, 'body')];
                    this.comprehensionClauses(clauses);
                    const end = this.expectOp('}');
                    return node('dictionary_comprehension', start, end, clauses);
                }
                if (this.isOp(','))
                    this.next();
                else if (!this.isOp('}'))
                    this.fail('expected , or }');
                return this.dictionaryRest(start, [pair]);
            }
            if (first.type !== 'list_splat' && (this.isKw('for') || this.isKw('async'))) {
                const clauses = [withField(first, 'body')];
                this.comprehensionClauses(clauses);
                const end = this.expectOp('}');
                return node('set_comprehension', start, end, clauses);
            }
            const items = [first];
            this.collectionTail(items, false);
            const end = this.expectOp('}');
            return node('set', start, end, items);
        }
        finally {
            this.leave();
        }
    }
    dictionaryRest(start, items) {
        while (!this.isOp('}')) {
            if (this.isOp('**')) {
                const s = this.s;
                this.next();
                const value = this.binary(PREC_COMPARE + 1);
                items.push(node('dictionary_splat', s, value.end, [value]));
            }
            else {
                const key = withField(this.expression(), 'key');
                this.expectOp(':');
                const value = withField(this.expression(), 'value');
                items.push(node('pair', key.start, value.end, [key, value]));
            }
            if (!this.isOp(','))
                break;
            this.next();
        }
        const end = this.expectOp('}');
        return node('dictionary', start, end, items);
    }
    // ---------------------------------------------------------------- strings
    /** One string token; f-strings get their interpolations parsed. */
    string() {
        const start = this.s;
        const end = this.e;
        if (!this.strFormat) {
            this.next();
            return leaf('string', start, end);
        }
        const quote = this.strQuote;
        const triple = this.strTriple;
        const raw = this.strRaw;
        const bodyStart = start + this.strPrefixLen + (triple ? 3 : 1);
        const bodyEnd = end - (triple ? 3 : 1);
        const children = [];
        const savedDepth = this.depth;
        this.fstringQuotes.push(quote);
        this.scanFStringLiteral(bodyStart, bodyEnd, raw, triple, children, false);
        this.fstringQuotes.pop();
        this.depth = savedDepth;
        // Back to just after the string, as if it had been one token (the interpolations moved the lexer).
        this.seek(end);
        this.lineEnd = end;
        this.next();
        return children.length ? node('string', start, end, children) : leaf('string', start, end);
    }
    /**
     * Walks the literal text of an f-string (or of a format spec when `inSpec`), parsing each `{…}`.
     * Returns where it stopped: `end`, or the `}` closing a format spec.
     */
    scanFStringLiteral(from, end, raw, triple, out, inSpec) {
        const t = this.text;
        let p = from;
        while (p < end) {
            const c = t.charCodeAt(p);
            if (c === 92 && !raw) {
                const d = t.charCodeAt(p + 1);
                if (d === 123 || d === 125)
                    unsupported('backslash before a brace in an f-string', p);
                if (d === 78 && t.charCodeAt(p + 2) === 123) {
                    const close = t.indexOf('}', p);
                    if (close === -1 || close >= end)
                        unsupported('unterminated \\N{…}', p);
                    p = close + 1;
                    continue;
                }
                p += 2;
                continue;
            }
            if (c === 92 && raw) {
                p += t.charCodeAt(p + 1) === this.fstringQuotes[this.fstringQuotes.length - 1] || t.charCodeAt(p + 1) === 92 ? 2 : 1;
                continue;
            }
            if (c === 123) {
                if (t.charCodeAt(p + 1) === 123) {
                    if (inSpec)
                        unsupported('escaped brace in a format spec', p);
                    p += 2;
                    continue;
                }
                p = this.interpolation(p, end, raw, triple, out, inSpec ? 'format_expression' : 'interpolation');
                continue;
            }
            if (c === 125) {
                if (inSpec)
                    return p;
                if (t.charCodeAt(p + 1) === 125) {
                    p += 2;
                    continue;
                }
                unsupported('single } in an f-string', p);
            }
            if (inSpec && (c === 10 || c === 13))
                unsupported('newline in a format spec', p);
            p++;
        }
        if (inSpec)
            unsupported('unterminated format spec', p);
        return p;
    }
    /** `{ expression [=] [!c] [:spec] }` starting at the `{` at `open`; returns the offset after `}`. */
    interpolation(open, limit, raw, triple, out, type) {
        const t = this.text;
        this.enter();
        this.seek(open + 1);
        this.depth = 1;
        this.next();
        const children = [];
        let expr;
        if (this.isKw('yield'))
            expr = this.yieldExpression();
        else {
            const items = [];
            const listEnd = this.starExpressions(items, false);
            expr = items.length === 1 && listEnd === items[0].end ? items[0] : node('expression_list', items[0].start, listEnd, items);
        }
        children.push(withField(expr, 'expression'));
        if (this.isOp('='))
            this.next();
        if (this.isOp('!')) {
            const s = this.s;
            const c = t.charCodeAt(this.e);
            if (c !== 114 && c !== 115 && c !== 97)
                unsupported('conversion', s);
            children.push(withField(leaf('type_conversion', s, this.e + 1), 'type_conversion'));
            this.seek(this.e + 1);
            this.next();
        }
        const expressionEnd = this.s;
        let close;
        if (this.isOp(':')) {
            const specStart = this.s;
            const specChildren = [];
            this.depth = 0;
            const specEnd = this.scanFStringLiteral(this.e, limit, raw, triple, specChildren, true);
            children.push(withField(node('format_specifier', specStart, specEnd, specChildren), 'format_specifier'));
            close = specEnd;
        }
        else {
            if (!this.isOp('}'))
                this.fail('expected } in an f-string');
            close = this.s;
        }
        if (close >= limit)
            unsupported('unterminated interpolation', close);
        const inner = t.slice(open, close);
        if (!triple && (inner.includes('\n') || inner.includes('\r')))
            unsupported('newline in an interpolation', open);
        const expressionText = t.slice(open + 1, expressionEnd);
        // Python reads `{x:=1}` as x formatted with "=1"; `#` may start a comment. Leave both to tree-sitter.
        if (expressionText.includes('#') || expressionText.includes(':='))
            unsupported('comment or walrus in an interpolation', open);
        if (!raw && inner.includes('\\'))
            unsupported('backslash in an interpolation', open);
        out.push(node(type, open, close + 1, children));
        this.leave();
        return close + 1;
    }
}
/**
 * Parent pointers are set as nodes are built; the index, in source order, and the nesting figures
 * the tree-sitter copy computes while walking are gathered in one walk here.
 */
const INDEXED_FLAG = 1;
const LEAF_FLAG = 2;
const BRACKET_FLAG = 4;
const BLOCK_FLAG = 8;
/** One lookup per node in finishTree instead of four. */
const TYPE_FLAGS = new Map();
for (const type of INDEXED)
    TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | INDEXED_FLAG);
for (const type of LEAF_TYPES)
    TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | LEAF_FLAG);
for (const type of BRACKETED)
    TYPE_FLAGS.set(type, (TYPE_FLAGS.get(type) ?? 0) | BRACKET_FLAG);
TYPE_FLAGS.set('block', BLOCK_FLAG);
/**
 * Parent pointers are set as nodes are built; the index, in source order, and the nesting figures
 * the tree-sitter copy computes while walking are gathered in one walk here.
 */
function finishTree(root) {
    const index = new Map();
    for (const type of INDEXED)
        index.set(type, []);
    const out = { root, errors: [], index, maxBracketDepth: 0, maxBracketOffset: 0, maxBlockDepth: 0, maxBlockOffset: 0, maxDepth: 0, maxDepthOffset: 0 };
    // Explicit stacks (no recursion): node, its depth, and the bracket and block depth of its parent.
    const nodes = [];
    const depths = [];
    const brackets = [];
    const blocks = [];
    let top = 0;
    for (let i = root.children.length - 1; i >= 0; i--) {
        nodes[top] = root.children[i];
        depths[top] = 1;
        brackets[top] = 0;
        blocks[top++] = 0;
    }
    while (top > 0) {
        top--;
        const n = nodes[top];
        const depth = depths[top];
        let bracket = brackets[top];
        let block = blocks[top];
        const flags = TYPE_FLAGS.get(n.type) ?? 0;
        if (flags & INDEXED_FLAG)
            index.get(n.type).push(n);
        const children = n.children;
        if (children.length === 0 && flags & LEAF_FLAG)
            continue;
        if (flags & BRACKET_FLAG)
            bracket++;
        if (flags & BLOCK_FLAG)
            block++;
        if (bracket > out.maxBracketDepth) {
            out.maxBracketDepth = bracket;
            out.maxBracketOffset = n.start;
        }
        if (block > out.maxBlockDepth) {
            out.maxBlockDepth = block;
            out.maxBlockOffset = n.start;
        }
        if (depth + 1 > out.maxDepth) {
            out.maxDepth = depth + 1;
            out.maxDepthOffset = n.start;
        }
        for (let i = children.length - 1; i >= 0; i--) {
            nodes[top] = children[i];
            depths[top] = depth + 1;
            brackets[top] = bracket;
            blocks[top++] = block;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/dags/parser.js






const WASM_FILES = { runtime: 'tree-sitter.wasm', python: 'tree-sitter-python.wasm' };
/**
 * The wasm files sit beside the ncc bundle (dist/<name>/) and in node_modules during tests;
 * look in both so the same code runs bundled and from source.
 */
function locateWasm(file) {
    const here = external_node_path_namespaceObject.dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const pkg = file === WASM_FILES.runtime ? 'web-tree-sitter' : 'tree-sitter-python';
    const candidates = [external_node_path_namespaceObject.join(here, file)];
    for (let dir = here;; dir = external_node_path_namespaceObject.dirname(dir)) {
        candidates.push(external_node_path_namespaceObject.join(dir, 'node_modules', pkg, file));
        if (external_node_path_namespaceObject.dirname(dir) === dir)
            break;
    }
    const found = candidates.find((c) => external_node_fs_namespaceObject.existsSync(c));
    if (!found)
        throw new Error(`${file} not found (looked in ${candidates.slice(0, 3).join(', ')}); rebuild dist with npm run build.`);
    return found;
}
const RAW_CURSOR_FUNCTIONS = [
    '_ts_init', '_ts_tree_cursor_goto_first_child_wasm', '_ts_tree_cursor_goto_next_sibling_wasm', '_ts_tree_cursor_goto_parent_wasm',
    '_ts_tree_cursor_current_node_type_id_wasm', '_ts_tree_cursor_current_field_id_wasm', '_ts_tree_cursor_current_node_is_missing_wasm',
    '_ts_tree_cursor_start_index_wasm', '_ts_tree_cursor_end_index_wasm', '_ts_tree_cursor_delete_wasm',
];
let wasmModule;
let transferBuffer = 0;
let parserPromise;
let builds = 0;
/** Loads the wasm runtime once: web-tree-sitter 0.25 keeps its Emscripten module for the process. */
async function loadRuntime() {
    if (wasmModule)
        return wasmModule;
    const runtime = locateWasm(WASM_FILES.runtime);
    const moduleOptions = { locateFile: () => runtime };
    await tree_sitter/* Parser */.iX.init(moduleOptions);
    const missing = RAW_CURSOR_FUNCTIONS.filter((f) => typeof moduleOptions[f] !== 'function');
    if (missing.length)
        throw new Error(`web-tree-sitter no longer exposes ${missing.join(', ')}; the pinned version is required.`);
    wasmModule = moduleOptions;
    transferBuffer = wasmModule._ts_init();
    return wasmModule;
}
function getParser() {
    parserPromise ??= (async () => {
        await loadRuntime();
        const language = await tree_sitter/* Language */.TM.load(external_node_fs_namespaceObject.readFileSync(locateWasm(WASM_FILES.python)));
        const parser = new tree_sitter/* Parser */.iX();
        parser.setLanguage(language);
        if (builds > 0) {
            // Rebuilt after a trap: prove the parser works before trusting it with more files. If it
            // does not, this promise stays rejected and every later file gets a "not analysed" finding.
            const probe = parser.parse('x = 1\n');
            const ok = probe !== null && !probe.rootNode.hasError && probe.rootNode.childCount === 1;
            probe?.delete();
            if (!ok)
                throw new Error('tree-sitter no longer parses after an earlier crash in this run');
        }
        builds++;
        return parser;
    })();
    return parserPromise;
}
/** How many parsers getParser has built (a trap makes the next call build a new one). */
function parserBuilds() {
    return builds;
}
/**
 * Drops the parser after a trap: its state is corrupt mid-parse (in the audit the next parse with it
 * returned a NULL tree), so the next getParser() builds a new parser and language in the wasm
 * memory. The Emscripten module itself cannot be re-instantiated (web-tree-sitter 0.25 caches it in
 * a private variable); the probe parse in getParser guards against a damaged heap.
 */
function discardParser() {
    parserPromise = undefined;
}
/**
 * tree-sitter failed inside its wasm (a trap such as `memory access out of bounds` in error
 * recovery, or a wasm stack overflow). The parser that failed must not be used again.
 */
class TreeSitterCrash extends Error {
    cause;
    constructor(cause) {
        super(`the Python parser (tree-sitter) crashed: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.cause = cause;
    }
}
/**
 * Fault-injection seam for tests only: when `trapDuringParse` returns true for a text, the parse of
 * that text is made to trap for real (an out-of-bounds read in the same wasm instance, from inside
 * the parse), the way tree-sitter's error recovery traps on some inputs. Nothing in the product sets it.
 */
const wasmFaultInjection = {};
function triggerWasmTrap() {
    // Reading a node type from a tree pointer far past the end of linear memory traps.
    wasmModule._ts_tree_cursor_current_node_type_id_wasm(0x7ffffff0);
    throw new Error('fault injection: the wasm read did not trap');
}
/** The file took longer to parse than its budget (tree-sitter's error recovery can go quadratic). */
class ParseBudgetExceeded extends Error {
    budgetMs;
    constructor(budgetMs) {
        super(`parsing took more than ${Math.round(budgetMs / 1000)} s of CPU time`);
        this.budgetMs = budgetMs;
    }
}
const DEFAULT_PARSE_BUDGET = { floorMs: 10_000, msPerKb: 30 };
const WALL_CLOCK_FACTOR = 10;
function budgetMsFor(text, budget) {
    return Math.max(budget.floorMs, (text.length / 1024) * budget.msPerKb);
}
function cpuMs() {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
}

/** Named node types whose insides no rule reads: their children are not copied. */
const OPAQUE = new Set(['string_content', 'string_start', 'string_end', 'escape_sequence', 'comment', 'line_continuation']);
/**
 * The hand-written parser's tree, or undefined when it gives up (then tree-sitter parses the file).
 * AIRFLOW_GITOPS_PARSER=tree-sitter turns it off, to compare or to rule it out when debugging.
 */
function parser_parseFast(text) {
    return process.env.AIRFLOW_GITOPS_PARSER === 'tree-sitter' ? undefined : parsePythonFast(text);
}
/**
 * Parses Python source with tree-sitter and copies the tree into plain objects in one cursor walk.
 * Throws ParseBudgetExceeded when the parse runs past its budget (cancelled through tree-sitter's
 * progress callback), and TreeSitterCrash when tree-sitter's wasm fails.
 */
function parser_parsePython(parser, text, budget = DEFAULT_PARSE_BUDGET) {
    const budgetMs = budgetMsFor(text, budget);
    const threads = Math.max(1, budget.threads ?? 1);
    const cpuStart = cpuMs();
    const wallStart = performance.now();
    const inject = wasmFaultInjection.trapDuringParse?.(text) ?? false;
    let overBudget = false;
    const progressCallback = () => {
        if (inject)
            triggerWasmTrap();
        overBudget = (cpuMs() - cpuStart) / threads > budgetMs || performance.now() - wallStart > budgetMs * WALL_CLOCK_FACTOR;
        return overBudget;
    };
    let tree;
    try {
        tree = parser.parse(text, null, { progressCallback });
    }
    catch (e) {
        throw new TreeSitterCrash(e);
    }
    if (!tree) {
        if (overBudget)
            throw new ParseBudgetExceeded(budgetMs);
        throw new TreeSitterCrash(new Error('no tree returned'));
    }
    try {
        return copyTree(tree);
    }
    catch (e) {
        throw new TreeSitterCrash(e);
    }
    finally {
        // After a trap in the copy, freeing may trap too; the crash above is the error to report.
        try {
            tree.delete();
        }
        catch {
            parserPromise = undefined;
        }
    }
}
const tablesByLanguage = new WeakMap();
function tablesFor(tree) {
    const lang = tree.language;
    let t = tablesByLanguage.get(lang);
    if (!t) {
        const types = [];
        const named = [];
        for (let id = 0; id < lang.nodeTypeCount; id++) {
            types.push(lang.nodeTypeForId(id) ?? 'ERROR');
            named.push(lang.nodeTypeIsNamed(id));
        }
        const fields = [null];
        for (let id = 1; id <= lang.fieldCount; id++)
            fields.push(lang.fieldNameForId(id));
        t = { types, named, fields };
        tablesByLanguage.set(lang, t);
    }
    return t;
}
/** A cursor over `tree` whose state lives in the wasm transfer buffer (see TreeSitterModule). */
function rawCursor(tree) {
    const m = wasmModule;
    const js = tree.walk();
    const base = transferBuffer >> 2;
    for (let i = 0; i < 4; i++)
        m.HEAP32[base + i] = js[i];
    return { m, t: tree[0] };
}
/** MISSING nodes (often anonymous, like a `)`), collected in a second walk only when the tree has errors. */
function collectMissing(tree, types) {
    const missing = [];
    const { m, t } = rawCursor(tree);
    for (;;) {
        if (m._ts_tree_cursor_current_node_is_missing_wasm(t)) {
            const at = m._ts_tree_cursor_start_index_wasm(t);
            missing.push({ type: types[m._ts_tree_cursor_current_node_type_id_wasm(t)] ?? '?', field: null, start: at, end: at, children: [], parent: null, missing: true });
        }
        if (m._ts_tree_cursor_goto_first_child_wasm(t))
            continue;
        while (!m._ts_tree_cursor_goto_next_sibling_wasm(t)) {
            if (!m._ts_tree_cursor_goto_parent_wasm(t)) {
                m._ts_tree_cursor_delete_wasm(t);
                return missing;
            }
        }
    }
}
function copyTree(tree) {
    const { types, named: namedById, fields } = tablesFor(tree);
    const { m, t } = rawCursor(tree);
    const errors = [];
    const index = new Map();
    for (const type of INDEXED)
        index.set(type, []);
    const root = {
        type: types[m._ts_tree_cursor_current_node_type_id_wasm(t)] ?? 'module',
        field: null,
        start: m._ts_tree_cursor_start_index_wasm(t),
        end: m._ts_tree_cursor_end_index_wasm(t),
        children: [],
        parent: null,
    };
    const out = { root, errors, index, maxBracketDepth: 0, maxBracketOffset: 0, maxBlockDepth: 0, maxBlockOffset: 0, maxDepth: 0, maxDepthOffset: 0 };
    // Parallel stacks: the copied node for each cursor depth, its bracket and block depth.
    const stack = [root];
    const bracketDepth = [0];
    const blockDepth = [0];
    const finish = () => {
        m._ts_tree_cursor_delete_wasm(t);
        if (tree.rootNode.hasError) {
            out.errors.push(...collectMissing(tree, types));
            out.errors.sort((a, b) => a.start - b.start);
        }
        return out;
    };
    if (!m._ts_tree_cursor_goto_first_child_wasm(t))
        return finish();
    for (;;) {
        const parent = stack[stack.length - 1];
        const typeId = m._ts_tree_cursor_current_node_type_id_wasm(t);
        const type = types[typeId] ?? 'ERROR';
        const fieldId = m._ts_tree_cursor_current_field_id_wasm(t);
        const field = fieldId ? fields[fieldId] : null;
        let node;
        if ((namedById[typeId] && !OPAQUE.has(type)) || field !== null || type === 'ERROR') {
            node = { type, field, start: m._ts_tree_cursor_start_index_wasm(t), end: m._ts_tree_cursor_end_index_wasm(t), children: [], parent };
            if (type === 'ERROR')
                errors.push(node);
            parent.children.push(node);
            index.get(type)?.push(node);
        }
        if (node && m._ts_tree_cursor_goto_first_child_wasm(t)) {
            const brackets = bracketDepth[bracketDepth.length - 1] + (BRACKETED.has(type) ? 1 : 0);
            const blocks = blockDepth[blockDepth.length - 1] + (type === 'block' ? 1 : 0);
            if (brackets > out.maxBracketDepth) {
                out.maxBracketDepth = brackets;
                out.maxBracketOffset = node.start;
            }
            if (blocks > out.maxBlockDepth) {
                out.maxBlockDepth = blocks;
                out.maxBlockOffset = node.start;
            }
            stack.push(node);
            bracketDepth.push(brackets);
            blockDepth.push(blocks);
            if (stack.length > out.maxDepth) {
                out.maxDepth = stack.length;
                out.maxDepthOffset = node.start;
            }
            continue;
        }
        while (!m._ts_tree_cursor_goto_next_sibling_wasm(t)) {
            if (!m._ts_tree_cursor_goto_parent_wasm(t) || stack.length === 1)
                return finish();
            stack.pop();
            bracketDepth.pop();
            blockDepth.pop();
        }
    }
}

;// CONCATENATED MODULE: ./src/dags/data/airflow3.js
/**
 * What Airflow 3 removed, moved to provider packages, or deprecated: the data the lint-dags
 * airflow3-* rules consume. Facts only, no logic beyond the lookup helper at the end.
 *
 * Sources: ruff's airflow rules (AIR301 removal, AIR302 moved-to-provider, AIR311/AIR312 suggested
 * updates, AIR321 moved in 3.1; ruff 0.17.6 plus names an earlier AIR301 listed), the deprecation
 * shims Airflow 3.1 itself ships (`add_deprecated_classes` maps in airflow/{operators,sensors,hooks,
 * decorators,models,io,utils,…}/__init__.py) and Airflow's release notes.
 *
 * Verified 2026-11-24 against a real install of apache-airflow 3.1.8 (apache-airflow-core 3.1.8,
 * apache-airflow-task-sdk 1.1.8, apache-airflow-providers-standard 1.21.0; the default extras
 * common-sql 2.4.0, common-io 1.11.0, common-compat 1.23.0 and smtp 3.2.0 came with it) on Python 3.11:
 * every `path` was imported the way a DAG would (`from parent import name`, `import module` for
 * matchPrefix entries, attribute walk for class members such as TriggerRule.DUMMY) in a fresh
 * process, which set `importFailsOn31`. A 'deprecated' or 'removed' kind that contradicted the real
 * install was corrected (for example get_current_context still imports from airflow.operators.python,
 * with a warning). Replacements under airflow.sdk, airflow.providers.standard and core were imported
 * too; replacements in other providers (amazon, google, postgres, http, …) were not installed.
 * The argument tables were checked the same way: DAG(**{arg}) / EmptyOperator(**{arg}) on 3.1.8,
 * and the context keys against airflow.sdk.definitions.context.Context.
 */
/** Sorted by kind, then path. Exact names win over module-wide (matchPrefix) entries; see findImportChange. */
const IMPORT_CHANGES = [
    // --- Removed in Airflow 3 (ruff AIR301 and Airflow release notes).
    { path: 'airflow.PY310', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY311', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY312', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY36', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY37', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY38', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.PY39', kind: 'removed', importFailsOn31: true, note: 'Use sys.version_info instead.' },
    { path: 'airflow.api_connexion', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi', importFailsOn31: true, note: 'The Connexion REST API was replaced by the FastAPI API server.' },
    { path: 'airflow.api_connexion.security', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi.core_api.security', importFailsOn31: true },
    { path: 'airflow.api_connexion.security.requires_access', kind: 'removed', importFailsOn31: true, note: 'Use airflow.api_fastapi.core_api.security.requires_access_* instead.' },
    { path: 'airflow.api_connexion.security.requires_access_dataset', kind: 'removed', replacement: 'airflow.api_fastapi.core_api.security.requires_access_asset', importFailsOn31: true },
    { path: 'airflow.auth.managers.base_auth_manager', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.auth.managers.base_auth_manager.BaseAuthManager', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.base_auth_manager.BaseAuthManager', importFailsOn31: true },
    { path: 'airflow.auth.managers.base_auth_manager.is_authorized_dataset', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.base_auth_manager.BaseAuthManager.is_authorized_asset', importFailsOn31: true },
    { path: 'airflow.auth.managers.models.resource_details', matchPrefix: true, kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.models.resource_details', importFailsOn31: true },
    { path: 'airflow.auth.managers.models.resource_details.DatasetDetails', kind: 'removed', replacement: 'airflow.api_fastapi.auth.managers.models.resource_details.AssetDetails', importFailsOn31: true },
    { path: 'airflow.configuration.as_dict', kind: 'removed', replacement: 'airflow.configuration.conf.as_dict', importFailsOn31: true },
    { path: 'airflow.configuration.get', kind: 'removed', replacement: 'airflow.configuration.conf.get', importFailsOn31: true },
    { path: 'airflow.configuration.getboolean', kind: 'removed', replacement: 'airflow.configuration.conf.getboolean', importFailsOn31: true },
    { path: 'airflow.configuration.getfloat', kind: 'removed', replacement: 'airflow.configuration.conf.getfloat', importFailsOn31: true },
    { path: 'airflow.configuration.getint', kind: 'removed', replacement: 'airflow.configuration.conf.getint', importFailsOn31: true },
    { path: 'airflow.configuration.has_option', kind: 'removed', replacement: 'airflow.configuration.conf.has_option', importFailsOn31: true },
    { path: 'airflow.configuration.remove_option', kind: 'removed', replacement: 'airflow.configuration.conf.remove_option', importFailsOn31: true },
    { path: 'airflow.configuration.set', kind: 'removed', replacement: 'airflow.configuration.conf.set', importFailsOn31: true },
    { path: 'airflow.contrib', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The whole airflow.contrib module has been removed.' },
    { path: 'airflow.datasets.DatasetAliasEvent', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.datasets.DatasetEvent', kind: 'removed', importFailsOn31: true, note: 'DatasetEvent has been made private in Airflow 3. Use dict[str, Any] for the time being. An AssetEvent type will be added to the apache-airflow-task-sdk in a future version.' },
    { path: 'airflow.datasets.manager', matchPrefix: true, kind: 'removed', replacement: 'airflow.assets.manager', importFailsOn31: true },
    { path: 'airflow.datasets.manager.DatasetManager', kind: 'removed', replacement: 'airflow.assets.manager.AssetManager', importFailsOn31: true },
    { path: 'airflow.datasets.manager.dataset_manager', kind: 'removed', replacement: 'airflow.assets.manager.asset_manager', importFailsOn31: true },
    { path: 'airflow.datasets.manager.resolve_dataset_manager', kind: 'removed', replacement: 'airflow.assets.manager.resolve_asset_manager', importFailsOn31: true },
    { path: 'airflow.hooks.base_hook', matchPrefix: true, kind: 'removed', replacement: 'airflow.hooks.base', importFailsOn31: true },
    { path: 'airflow.hooks.base_hook.BaseHook', kind: 'removed', replacement: 'airflow.sdk.BaseHook', importFailsOn31: true },
    { path: 'airflow.io.store', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.io', importFailsOn31: true },
    { path: 'airflow.io.store.attach', kind: 'removed', replacement: 'airflow.sdk.io.attach', importFailsOn31: true },
    { path: 'airflow.lineage.hook.DatasetLineageInfo', kind: 'removed', replacement: 'airflow.lineage.hook.AssetLineageInfo', importFailsOn31: true },
    { path: 'airflow.listeners.spec.dataset', matchPrefix: true, kind: 'removed', replacement: 'airflow.listeners.spec.asset', importFailsOn31: true },
    { path: 'airflow.listeners.spec.dataset.on_dataset_changed', kind: 'removed', replacement: 'airflow.listeners.spec.asset.on_asset_changed', importFailsOn31: true },
    { path: 'airflow.listeners.spec.dataset.on_dataset_created', kind: 'removed', replacement: 'airflow.listeners.spec.asset.on_asset_created', importFailsOn31: true },
    { path: 'airflow.metrics.validators.AllowListValidator', kind: 'removed', replacement: 'airflow.metrics.validators.PatternAllowListValidator', importFailsOn31: true },
    { path: 'airflow.metrics.validators.BlockListValidator', kind: 'removed', replacement: 'airflow.metrics.validators.PatternBlockListValidator', importFailsOn31: true },
    { path: 'airflow.models.DagParam', kind: 'removed', replacement: 'airflow.sdk.definitions.param.DagParam', importFailsOn31: true },
    { path: 'airflow.models.ParamsDict', kind: 'removed', replacement: 'airflow.sdk.ParamsDict', importFailsOn31: true },
    { path: 'airflow.models.param.DagParam', kind: 'removed', replacement: 'airflow.sdk.definitions.param.DagParam', importFailsOn31: true },
    { path: 'airflow.operators.postgres_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.providers.common.sql.operators.sql', importFailsOn31: true },
    { path: 'airflow.operators.postgres_operator.Mapping', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.operators.subdag', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.operators.subdag.SubDagOperator', kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.operators.subdag_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.operators.subdag_operator.SubDagOperator', kind: 'removed', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: true, note: 'SubDAGs were removed in Airflow 3; group tasks with a TaskGroup.' },
    { path: 'airflow.providers.amazon.aws.auth_manager.avp.entities.AvpEntities.DATASET', kind: 'removed', replacement: 'airflow.providers.amazon.aws.auth_manager.avp.entities.AvpEntities.ASSET', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.amazon.aws.datasets.s3.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.convert_asset_to_openlineage', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.amazon.aws.datasets.s3.create_dataset', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.create_asset', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.amazon.aws.datasets.s3.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.amazon.aws.assets.s3.sanitize_uri', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.providers.cncf.kubernetes.operators.kubernetes_pod', matchPrefix: true, kind: 'removed', replacement: 'airflow.providers.cncf.kubernetes.operators.pod.KubernetesPodOperator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'The provider removed this module in apache-airflow-providers-cncf-kubernetes 10.0.0; the versions Airflow 3 installs only have operators.pod (DagBag on 3.1.8 and 3.3.2 with provider 10.25.0: ModuleNotFoundError).' },
    { path: 'airflow.providers.common.io.datasets.file.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.convert_asset_to_openlineage', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
    { path: 'airflow.providers.common.io.datasets.file.create_dataset', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.create_asset', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
    { path: 'airflow.providers.common.io.datasets.file.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.common.io.assets.file.sanitize_uri', provider: 'apache-airflow-providers-common-io', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.bigquery.create_dataset', kind: 'removed', replacement: 'airflow.providers.google.assets.bigquery.create_asset', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.gcs.convert_dataset_to_openlineage', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.convert_asset_to_openlineage', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.gcs.create_dataset', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.create_asset', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.google.datasets.gcs.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.google.assets.gcs.sanitize_uri', provider: 'apache-airflow-providers-google', importFailsOn31: true },
    { path: 'airflow.providers.mysql.datasets.mysql.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.mysql.assets.mysql.sanitize_uri', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.providers.openlineage.utils.utils.DatasetInfo', kind: 'removed', replacement: 'airflow.providers.openlineage.utils.utils.AssetInfo', provider: 'apache-airflow-providers-openlineage', importFailsOn31: true },
    { path: 'airflow.providers.openlineage.utils.utils.translate_airflow_dataset', kind: 'removed', replacement: 'airflow.providers.openlineage.utils.utils.translate_airflow_asset', provider: 'apache-airflow-providers-openlineage', importFailsOn31: true },
    { path: 'airflow.providers.postgres.datasets.postgres.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.postgres.assets.postgres.sanitize_uri', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
    { path: 'airflow.providers.trino.datasets.trino.sanitize_uri', kind: 'removed', replacement: 'airflow.providers.trino.assets.trino.sanitize_uri', provider: 'apache-airflow-providers-trino', importFailsOn31: true },
    { path: 'airflow.secrets.local_filesystem.load_connections', kind: 'removed', replacement: 'airflow.secrets.local_filesystem.load_connections_dict', importFailsOn31: true },
    { path: 'airflow.security.permissions.RESOURCE_DATASET', kind: 'removed', replacement: 'airflow.security.permissions.RESOURCE_ASSET', importFailsOn31: true },
    { path: 'airflow.sensors.base_sensor_operator', matchPrefix: true, kind: 'removed', replacement: 'airflow.sdk.bases.sensor', importFailsOn31: true },
    { path: 'airflow.sensors.base_sensor_operator.BaseSensorOperator', kind: 'removed', replacement: 'airflow.sdk.BaseSensorOperator', importFailsOn31: true },
    { path: 'airflow.timetables.simple.DatasetTriggeredTimetable', kind: 'removed', replacement: 'airflow.timetables.simple.AssetTriggeredTimetable', importFailsOn31: true },
    { path: 'airflow.triggers.external_task.TaskStateTrigger', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dag_cycle_tester.test_cycle', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.date_range', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.days_ago', kind: 'removed', replacement: 'a fixed, timezone-aware date such as pendulum.datetime(2025, 1, 1, tz=\'UTC\'); for relative dates pendulum.today(\'UTC\').add(days=-N)', importFailsOn31: true, note: 'A moving start_date also breaks scheduling; use a constant.' },
    { path: 'airflow.utils.dates.infer_time_unit', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.parse_execution_date', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.round_time', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.dates.scale_time_units', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.db.create_session', kind: 'removed', importFailsOn31: true, note: 'Task code has no metadata-database access in Airflow 3; use the Task SDK (airflow.sdk) or the REST API.' },
    { path: 'airflow.utils.decorators.apply_defaults', kind: 'removed', importFailsOn31: true, note: 'Defaults are applied automatically since Airflow 2; delete the decorator.' },
    { path: 'airflow.utils.file.TemporaryDirectory', kind: 'removed', replacement: 'tempfile.TemporaryDirectory', importFailsOn31: true },
    { path: 'airflow.utils.file.mkdirs', kind: 'removed', importFailsOn31: true, note: 'Use pathlib.Path({path}).mkdir instead.' },
    { path: 'airflow.utils.helpers.chain', kind: 'removed', replacement: 'airflow.sdk.chain', importFailsOn31: true },
    { path: 'airflow.utils.helpers.cross_downstream', kind: 'removed', replacement: 'airflow.sdk.cross_downstream', importFailsOn31: true },
    { path: 'airflow.utils.log.secrets_masker', kind: 'removed', replacement: 'airflow.sdk.execution_time.secrets_masker', importFailsOn31: true },
    { path: 'airflow.utils.state.SHUTDOWN', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.state.terminating_states', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.utils.trigger_rule.TriggerRule.DUMMY', kind: 'removed', replacement: 'airflow.task.trigger_rule.TriggerRule.ALWAYS', importFailsOn31: true },
    { path: 'airflow.utils.trigger_rule.TriggerRule.NONE_FAILED_OR_SKIPPED', kind: 'removed', replacement: 'airflow.task.trigger_rule.TriggerRule.NONE_FAILED_MIN_ONE_SUCCESS', importFailsOn31: true },
    { path: 'airflow.www', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'The Flask web server was replaced by the FastAPI API server in Airflow 3.' },
    { path: 'airflow.www.auth', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.www.auth.has_access', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.www.auth.has_access_dataset', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.www.utils', matchPrefix: true, kind: 'removed', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.www.utils.get_sensitive_variables_fields', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    { path: 'airflow.www.utils.should_hide_value_for_key', kind: 'removed', importFailsOn31: true, note: 'Removed in Airflow 3 with no replacement.' },
    // --- Moved to a provider package (ruff AIR302; module-wide entries derived from the verified imports).
    { path: 'airflow.api.auth.backend.basic_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.auth_current_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.auth_current_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.basic_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.basic_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.find_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.find_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.log', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.log', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.api.auth.backend.kerberos_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.CLIENT_AUTH', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.CLIENT_AUTH', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.find_user', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.find_user', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.init_app', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.init_app', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.log', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.log', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.api.auth.backend.kerberos_auth.requires_authentication', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.api.auth.backend.kerberos_auth.requires_authentication', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.fab_auth_manager', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.fab_auth_manager', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.fab_auth_manager.FabAuthManager', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.security_manager.override', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.security_manager.override.FabAirflowSecurityManagerOverride', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.FabAirflowSecurityManagerOverride', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.auth.managers.fab.security_manager.override.MAX_NUM_DATABASE_USER_SESSIONS', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.MAX_NUM_DATABASE_USER_SESSIONS', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.config_templates.default_celery', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.default_celery', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.config_templates.default_celery.DEFAULT_CELERY_CONFIG', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.default_celery.DEFAULT_CELERY_CONFIG', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_executor', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-celery', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.executors.celery_executor.CeleryExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_executor.CeleryExecutor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_executor.app', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_executor_utils.app', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_kubernetes_executor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_kubernetes_executor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.celery_kubernetes_executor.CeleryKubernetesExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.celery.executors.celery_kubernetes_executor.CeleryKubernetesExecutor', provider: 'apache-airflow-providers-celery', importFailsOn31: true },
    { path: 'airflow.executors.dask_executor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.daskexecutor.executors.dask_executor', provider: 'apache-airflow-providers-daskexecutor', importFailsOn31: true },
    { path: 'airflow.executors.dask_executor.DaskExecutor', kind: 'moved-to-provider', replacement: 'airflow.providers.daskexecutor.executors.dask_executor.DaskExecutor', provider: 'apache-airflow-providers-daskexecutor', importFailsOn31: true },
    { path: 'airflow.executors.kubernetes_executor_types', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.executors.kubernetes_executor_types.ALL_NAMESPACES', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types.ALL_NAMESPACES', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.executors.kubernetes_executor_types.POD_EXECUTOR_DONE_KEY', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor_types.POD_EXECUTOR_DONE_KEY', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.hooks.S3_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.hooks.S3_hook.S3Hook', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3.S3Hook', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.hooks.S3_hook.provide_bucket_name', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.hooks.s3.provide_bucket_name', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi.ConnectorProtocol', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.ConnectorProtocol', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi.DbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.DbApiHook', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.dbapi_hook.DbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.hooks.sql.DbApiHook', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.hooks.docker_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.docker.hooks.docker', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.hooks.docker_hook.DockerHook', kind: 'moved-to-provider', replacement: 'airflow.providers.docker.hooks.docker.DockerHook', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.hooks.druid_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.hooks.druid_hook.DruidDbApiHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid.DruidDbApiHook', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.hooks.druid_hook.DruidHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.hooks.druid.DruidHook', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HIVE_QUEUE_PRIORITIES', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HIVE_QUEUE_PRIORITIES', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HiveCliHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveCliHook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HiveMetastoreHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveMetastoreHook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.hive_hooks.HiveServer2Hook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.hooks.hive.HiveServer2Hook', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.hooks.http_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.hooks.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.hooks.http_hook.HttpHook', kind: 'moved-to-provider', replacement: 'airflow.providers.http.hooks.http.HttpHook', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.hooks.jdbc_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
    { path: 'airflow.hooks.jdbc_hook.JdbcHook', kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc.JdbcHook', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
    { path: 'airflow.hooks.jdbc_hook.jaydebeapi', kind: 'moved-to-provider', replacement: 'airflow.providers.jdbc.hooks.jdbc.jaydebeapi', provider: 'apache-airflow-providers-jdbc', importFailsOn31: true },
    { path: 'airflow.hooks.mssql_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.mssql.hooks.mssql', provider: 'apache-airflow-providers-microsoft-mssql', importFailsOn31: true },
    { path: 'airflow.hooks.mssql_hook.MsSqlHook', kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.mssql.hooks.mssql.MsSqlHook', provider: 'apache-airflow-providers-microsoft-mssql', importFailsOn31: true },
    { path: 'airflow.hooks.mysql_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.hooks.mysql', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.hooks.mysql_hook.MySqlHook', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.hooks.mysql.MySqlHook', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.hooks.oracle_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.oracle.hooks.oracle', provider: 'apache-airflow-providers-oracle', importFailsOn31: true },
    { path: 'airflow.hooks.oracle_hook.OracleHook', kind: 'moved-to-provider', replacement: 'airflow.providers.oracle.hooks.oracle.OracleHook', provider: 'apache-airflow-providers-oracle', importFailsOn31: true },
    { path: 'airflow.hooks.pig_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.hooks.pig', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.hooks.pig_hook.PigCliHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.hooks.pig.PigCliHook', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.hooks.postgres_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.postgres.hooks.postgres', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
    { path: 'airflow.hooks.postgres_hook.PostgresHook', kind: 'moved-to-provider', replacement: 'airflow.providers.postgres.hooks.postgres.PostgresHook', provider: 'apache-airflow-providers-postgres', importFailsOn31: true },
    { path: 'airflow.hooks.presto_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.presto.hooks.presto', provider: 'apache-airflow-providers-presto', importFailsOn31: true },
    { path: 'airflow.hooks.presto_hook.PrestoHook', kind: 'moved-to-provider', replacement: 'airflow.providers.presto.hooks.presto.PrestoHook', provider: 'apache-airflow-providers-presto', importFailsOn31: true },
    { path: 'airflow.hooks.samba_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.samba.hooks.samba', provider: 'apache-airflow-providers-samba', importFailsOn31: true },
    { path: 'airflow.hooks.samba_hook.SambaHook', kind: 'moved-to-provider', replacement: 'airflow.providers.samba.hooks.samba.SambaHook', provider: 'apache-airflow-providers-samba', importFailsOn31: true },
    { path: 'airflow.hooks.slack_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.slack.hooks.slack', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.hooks.slack_hook.SlackHook', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.hooks.slack.SlackHook', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.hooks.sqlite_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.sqlite.hooks.sqlite', provider: 'apache-airflow-providers-sqlite', importFailsOn31: true },
    { path: 'airflow.hooks.sqlite_hook.SqliteHook', kind: 'moved-to-provider', replacement: 'airflow.providers.sqlite.hooks.sqlite.SqliteHook', provider: 'apache-airflow-providers-sqlite', importFailsOn31: true },
    { path: 'airflow.hooks.subprocess.SubprocessResult', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.hooks.subprocess.SubprocessResult', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.hooks.subprocess.working_directory', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.hooks.subprocess.working_directory', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.hooks.webhdfs_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.hooks.webhdfs', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.hooks.webhdfs_hook.WebHDFSHook', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.hooks.webhdfs.WebHDFSHook', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.hooks.zendesk_hook', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.zendesk.hooks.zendesk', provider: 'apache-airflow-providers-zendesk', importFailsOn31: true },
    { path: 'airflow.hooks.zendesk_hook.ZendeskHook', kind: 'moved-to-provider', replacement: 'airflow.providers.zendesk.hooks.zendesk.ZendeskHook', provider: 'apache-airflow-providers-zendesk', importFailsOn31: true },
    { path: 'airflow.kubernetes', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.k8s_model', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.k8s_model.K8SModel', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.K8SModel', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.k8s_model.append_to_pod', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.append_to_pod', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client._disable_verify_ssl', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client._disable_verify_ssl', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client._enable_tcp_keepalive', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client._enable_tcp_keepalive', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kube_client.get_kube_client', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client.get_kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.add_pod_suffix', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.add_unique_suffix', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.annotations_for_logging_task_metadata', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.annotations_for_logging_task_metadata', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.annotations_to_key', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.annotations_to_key', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.create_pod_id', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.create_unique_id', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.get_logs_task_metadata', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.get_logs_task_metadata', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.kubernetes_helper_functions.rand_str', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.rand_str', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod.Port', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1ContainerPort', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod.Resources', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1ResourceRequirements', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.pod_generator.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.PodGenerator', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.PodGeneratorDeprecated', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.add_pod_suffix', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.add_unique_suffix', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.datetime_to_label_safe_datestring', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.datetime_to_label_safe_datestring', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.extend_object_field', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.extend_object_field', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.label_safe_datestring_to_datetime', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.label_safe_datestring_to_datetime', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.make_safe_label_value', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.make_safe_label_value', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.merge_objects', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.merge_objects', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator.rand_str', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kubernetes_helper_functions.rand_str', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator_deprecated', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.pod_generator_deprecated.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator_deprecated.PodGenerator', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.PodGenerator', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_generator_deprecated.make_safe_label_value', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.pod_generator.make_safe_label_value', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher.PodLauncher', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodManager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher.PodStatus', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodPhase', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.PodDefaults', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.xcom_sidecar.PodDefaults', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.PodLauncher', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodManager', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.PodStatus', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.utils.pod_manager.PodPhase', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_launcher_deprecated.get_kube_client', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.kube_client.get_kube_client', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_runtime_info_env', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.pod_runtime_info_env.PodRuntimeInfoEnv', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1EnvVar', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.secret', matchPrefix: true, kind: 'moved-to-provider', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true, note: 'Module removed in Airflow 3; see the entry for each name.' },
    { path: 'airflow.kubernetes.secret.K8SModel', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.k8s_model.K8SModel', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.secret.Secret', kind: 'moved-to-provider', replacement: 'airflow.providers.cncf.kubernetes.secret.Secret', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume.Volume', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1Volume', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume_mount', matchPrefix: true, kind: 'moved-to-provider', replacement: 'kubernetes.client.models', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.kubernetes.volume_mount.VolumeMount', kind: 'moved-to-provider', replacement: 'kubernetes.client.models.V1VolumeMount', provider: 'apache-airflow-providers-cncf-kubernetes', importFailsOn31: true },
    { path: 'airflow.macros.hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.macros.hive.closest_ds_partition', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive.closest_ds_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.macros.hive.max_partition', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.macros.hive.max_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.bash_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.bash', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.bash_operator.BashOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.bash.BashOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.branch_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.branch', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.branch_operator.BaseBranchOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.branch.BaseBranchOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.IntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.SQLValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.ThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.check_operator.ValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.dagrun_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dagrun_operator.TriggerDagRunLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dagrun_operator.TriggerDagRunOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.datetime.target_times_as_dates', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.datetime.target_times_as_dates', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.docker_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.docker.operators.docker', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.operators.docker_operator.DockerOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.docker.operators.docker.DockerOperator', provider: 'apache-airflow-providers-docker', importFailsOn31: true },
    { path: 'airflow.operators.druid_check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.druid_check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.druid_check_operator.DruidCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.dummy', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy.DummyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy.EmptyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy_operator.DummyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.dummy_operator.EmptyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.email.EmailOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp.EmailOperator', provider: 'apache-airflow-providers-smtp', importFailsOn31: false, note: '3.1 still ships a deprecation shim (needs apache-airflow-providers-smtp).' },
    { path: 'airflow.operators.email_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp', provider: 'apache-airflow-providers-smtp', importFailsOn31: true },
    { path: 'airflow.operators.email_operator.EmailOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.smtp.operators.smtp.EmailOperator', provider: 'apache-airflow-providers-smtp', importFailsOn31: true },
    { path: 'airflow.operators.gcs_to_s3', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.gcs_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.gcs_to_s3.GCSToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.gcs_to_s3.GCSToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.google_api_to_s3_transfer', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.google_api_to_s3_transfer.GoogleApiToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3.GoogleApiToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.google_api_to_s3_transfer.GoogleApiToS3Transfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.google_api_to_s3.GoogleApiToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.hive_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_operator.HiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive.HiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_stats_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive_stats', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_stats_operator.HiveStatsCollectionOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.operators.hive_stats.HiveStatsCollectionOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_druid', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_druid.HiveToDruidOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid.HiveToDruidOperator', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_druid.HiveToDruidTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.druid.transfers.hive_to_druid.HiveToDruidOperator', provider: 'apache-airflow-providers-apache-druid', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_mysql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_mysql.HiveToMySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql.HiveToMySqlOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_mysql.HiveToMySqlTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_mysql.HiveToMySqlOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_samba_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_samba', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.hive_to_samba_operator.HiveToSambaOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.hive_to_samba.HiveToSambaOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.http_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.operators.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.operators.http_operator.SimpleHttpOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.http.operators.http.HttpOperator', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.operators.jdbc_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.jdbc_operator.JdbcOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.latest_only_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.latest_only', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.latest_only_operator.LatestOnlyOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.latest_only.LatestOnlyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.mssql_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mssql_operator.MsSqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mssql_to_hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mssql_to_hive.MsSqlToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive.MsSqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mssql_to_hive.MsSqlToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mssql_to_hive.MsSqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mysql_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mysql_operator.MySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.mysql_to_hive', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mysql_to_hive.MySqlToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive.MySqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.mysql_to_hive.MySqlToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.mysql_to_hive.MySqlToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.oracle_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.oracle_operator.OracleOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.papermill_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.papermill.operators.papermill', provider: 'apache-airflow-providers-papermill', importFailsOn31: true },
    { path: 'airflow.operators.papermill_operator.PapermillOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.papermill.operators.papermill.PapermillOperator', provider: 'apache-airflow-providers-papermill', importFailsOn31: true },
    { path: 'airflow.operators.pig_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.operators.pig', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.operators.pig_operator.PigOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.pig.operators.pig.PigOperator', provider: 'apache-airflow-providers-apache-pig', importFailsOn31: true },
    { path: 'airflow.operators.postgres_operator.PostgresOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.CheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.IntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.PrestoCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.PrestoIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.PrestoValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_check_operator.ValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.presto_to_mysql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.operators.presto_to_mysql.PrestoToMySqlOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql.PrestoToMySqlOperator', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.operators.presto_to_mysql.PrestoToMySqlTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.mysql.transfers.presto_to_mysql.PrestoToMySqlOperator', provider: 'apache-airflow-providers-mysql', importFailsOn31: true },
    { path: 'airflow.operators.python_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.BranchPythonOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.BranchPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.PythonOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.PythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.PythonVirtualenvOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.PythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.python_operator.ShortCircuitOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.python.ShortCircuitOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.operators.redshift_to_s3_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.redshift_to_s3_operator.RedshiftToS3Operator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3.RedshiftToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.redshift_to_s3_operator.RedshiftToS3Transfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.redshift_to_s3.RedshiftToS3Operator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_file_transform_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.operators.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_file_transform_operator.S3FileTransformOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.operators.s3.S3FileTransformOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_hive_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_hive_operator.S3ToHiveOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive.S3ToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_hive_operator.S3ToHiveTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.transfers.s3_to_hive.S3ToHiveOperator', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_redshift_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_redshift_operator.S3ToRedshiftOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.s3_to_redshift_operator.S3ToRedshiftTransfer', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.transfers.s3_to_redshift.S3ToRedshiftOperator', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.operators.slack_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.operators.slack_operator.SlackAPIOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack.SlackAPIOperator', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.operators.slack_operator.SlackAPIPostOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.slack.operators.slack.SlackAPIPostOperator', provider: 'apache-airflow-providers-slack', importFailsOn31: true },
    { path: 'airflow.operators.sql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.BaseSQLOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.BaseSQLOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.BranchSQLOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.BranchSQLOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLColumnCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLColumnCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLIntervalCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLIntervalCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLTableCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLTableCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLThresholdCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLThresholdCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.SQLValueCheckOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLValueCheckOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql._convert_to_float_if_possible', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql._convert_to_float_if_possible', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sql.parse_boolean', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.parse_boolean', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sqlite_operator', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.sqlite_operator.SqliteOperator', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.operators.trigger_dagrun.TriggerDagRunLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.date_time_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.date_time', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.date_time_sensor.DateTimeSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task.ExternalTaskSensorLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor.ExternalTaskMarker', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskMarker', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor.ExternalTaskSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.external_task_sensor.ExternalTaskSensorLink', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.hive_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.hive_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.hive_partition_sensor.HivePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.hive_partition.HivePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.http_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.http.sensors.http', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.sensors.http_sensor.HttpSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.http.sensors.http.HttpSensor', provider: 'apache-airflow-providers-http', importFailsOn31: true },
    { path: 'airflow.sensors.metastore_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.metastore_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.metastore_partition_sensor.MetastorePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.metastore_partition.MetastorePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.named_hive_partition_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.named_hive_partition', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.named_hive_partition_sensor.NamedHivePartitionSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hive.sensors.named_hive_partition.NamedHivePartitionSensor', provider: 'apache-airflow-providers-apache-hive', importFailsOn31: true },
    { path: 'airflow.sensors.s3_key_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.sensors.s3', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.sensors.s3_key_sensor.S3KeySensor', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.sensors.s3.S3KeySensor', provider: 'apache-airflow-providers-amazon', importFailsOn31: true },
    { path: 'airflow.sensors.sql', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.sql.SqlSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql.SqlSensor', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.sql_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.sql_sensor.SqlSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.common.sql.sensors.sql.SqlSensor', provider: 'apache-airflow-providers-common-sql', importFailsOn31: true },
    { path: 'airflow.sensors.time_delta.WaitSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta.WaitSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.time_delta_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.time_delta_sensor.TimeDeltaSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: true },
    { path: 'airflow.sensors.web_hdfs_sensor', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.sensors.web_hdfs', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.sensors.web_hdfs_sensor.WebHdfsSensor', kind: 'moved-to-provider', replacement: 'airflow.providers.apache.hdfs.sensors.web_hdfs.WebHdfsSensor', provider: 'apache-airflow-providers-apache-hdfs', importFailsOn31: true },
    { path: 'airflow.utils.log.cloudwatch_task_handler.CloudwatchTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.log.cloudwatch_task_handler.CloudwatchTaskHandler', provider: 'apache-airflow-providers-amazon', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-amazon is installed.' },
    { path: 'airflow.utils.log.es_task_handler.ElasticsearchTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.elasticsearch.log.es_task_handler.ElasticsearchTaskHandler', provider: 'apache-airflow-providers-elasticsearch', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-elasticsearch is installed.' },
    { path: 'airflow.utils.log.gcs_task_handler.GCSTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.google.cloud.log.gcs_task_handler.GCSTaskHandler', provider: 'apache-airflow-providers-google', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-google is installed.' },
    { path: 'airflow.utils.log.s3_task_handler.S3TaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.amazon.aws.log.s3_task_handler.S3TaskHandler', provider: 'apache-airflow-providers-amazon', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-amazon is installed.' },
    { path: 'airflow.utils.log.stackdriver_task_handler.StackdriverTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.google.cloud.log.stackdriver_task_handler.StackdriverTaskHandler', provider: 'apache-airflow-providers-google', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-google is installed.' },
    { path: 'airflow.utils.log.wasb_task_handler.WasbTaskHandler', kind: 'moved-to-provider', replacement: 'airflow.providers.microsoft.azure.log.wasb_task_handler.WasbTaskHandler', provider: 'apache-airflow-providers-microsoft-azure', importFailsOn31: true, note: 'The 3.1 shim only resolves when apache-airflow-providers-microsoft-azure is installed.' },
    { path: 'airflow.www.security', matchPrefix: true, kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    { path: 'airflow.www.security.FabAirflowSecurityManagerOverride', kind: 'moved-to-provider', replacement: 'airflow.providers.fab.auth_manager.security_manager.override.FabAirflowSecurityManagerOverride', provider: 'apache-airflow-providers-fab', importFailsOn31: true },
    // --- Deprecated: still importable on 3.1, new home in airflow.sdk or a provider (ruff AIR311/AIR312/AIR321 and the shims Airflow 3.1 ships).
    { path: 'airflow.AirflowException', kind: 'deprecated', replacement: 'airflow.exceptions.AirflowException', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.DAG', kind: 'deprecated', replacement: 'airflow.sdk.DAG', importFailsOn31: false },
    { path: 'airflow.Dataset', kind: 'deprecated', replacement: 'airflow.sdk.Asset', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk', importFailsOn31: false, note: 'Datasets are Assets in Airflow 3 (Dataset → Asset, DatasetAlias → AssetAlias).' },
    { path: 'airflow.datasets.Dataset', kind: 'deprecated', replacement: 'airflow.sdk.Asset', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.DatasetAlias', kind: 'deprecated', replacement: 'airflow.sdk.AssetAlias', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.DatasetAll', kind: 'deprecated', replacement: 'airflow.sdk.AssetAll', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.DatasetAny', kind: 'deprecated', replacement: 'airflow.sdk.AssetAny', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.expand_alias_to_datasets', kind: 'deprecated', replacement: 'airflow.models.asset.expand_alias_to_assets', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.datasets.metadata.Metadata', kind: 'deprecated', replacement: 'airflow.sdk.Metadata', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk', importFailsOn31: false, note: 'Import dag, task, task_group, setup and teardown from airflow.sdk.' },
    { path: 'airflow.decorators.base.DecoratedMappedOperator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.DecoratedMappedOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.DecoratedOperator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.DecoratedOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.TaskDecorator', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.TaskDecorator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.TaskDecoratorCollection', kind: 'deprecated', replacement: 'airflow.sdk.definitions.decorators.TaskDecoratorCollection', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.get_unique_task_id', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.get_unique_task_id', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.base.task_decorator_factory', kind: 'deprecated', replacement: 'airflow.sdk.bases.decorator.task_decorator_factory', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.dag', kind: 'deprecated', replacement: 'airflow.sdk.dag', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.setup', kind: 'deprecated', replacement: 'airflow.sdk.setup', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.task', kind: 'deprecated', replacement: 'airflow.sdk.task', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.task_group', kind: 'deprecated', replacement: 'airflow.sdk.task_group', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.decorators.teardown', kind: 'deprecated', replacement: 'airflow.sdk.teardown', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.base.BaseHook', kind: 'deprecated', replacement: 'airflow.sdk.BaseHook', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.filesystem.FSHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.filesystem.FSHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.package_index.PackageIndexHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.package_index.PackageIndexHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.hooks.subprocess.SubprocessHook', kind: 'deprecated', replacement: 'airflow.providers.standard.hooks.subprocess.SubprocessHook', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.Properties', kind: 'deprecated', replacement: 'airflow.sdk.io.Properties', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io._BUILTIN_SCHEME_TO_FS', kind: 'deprecated', replacement: 'airflow.sdk.io.fs._BUILTIN_SCHEME_TO_FS', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.attach', kind: 'deprecated', replacement: 'airflow.sdk.io.attach', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.get_fs', kind: 'deprecated', replacement: 'airflow.sdk.io.get_fs', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.has_fs', kind: 'deprecated', replacement: 'airflow.sdk.io.has_fs', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.path.ObjectStoragePath', kind: 'deprecated', replacement: 'airflow.sdk.ObjectStoragePath', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.storage.attach', kind: 'deprecated', replacement: 'airflow.sdk.io.attach', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.io.typedef.Properties', kind: 'deprecated', replacement: 'airflow.sdk.io.typedef.Properties', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros', importFailsOn31: false },
    { path: 'airflow.macros.datetime_diff_for_humans', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.datetime_diff_for_humans', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.datetime_diff_for_humans(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros.ds_add', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_add', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_add(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros.ds_format', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_format', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_format(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.macros.ds_format_locale', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.macros.ds_format_locale', importFailsOn31: false, note: 'airflow.sdk.execution_time.macros is Task SDK internals (3.1.8 has no public airflow.sdk alias); in templates use {{ macros.ds_format_locale(...) }}. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.BaseOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false },
    { path: 'airflow.models.Connection', kind: 'deprecated', replacement: 'airflow.sdk.Connection', importFailsOn31: false },
    { path: 'airflow.models.DAG', kind: 'deprecated', replacement: 'airflow.sdk.DAG', importFailsOn31: false },
    { path: 'airflow.models.Param', kind: 'deprecated', replacement: 'airflow.sdk.Param', importFailsOn31: false },
    { path: 'airflow.models.Variable', kind: 'deprecated', replacement: 'airflow.sdk.Variable', importFailsOn31: false },
    { path: 'airflow.models.abstractoperator.AbstractOperator', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.AbstractOperator', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.DEFAULT_OWNER', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_OWNER', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.DEFAULT_QUEUE', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_QUEUE', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.DEFAULT_TASK_EXECUTION_TIMEOUT', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.DEFAULT_TASK_EXECUTION_TIMEOUT', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.NotMapped', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.NotMapped', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.abstractoperator.TaskStateChangeCallback', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.abstractoperator.TaskStateChangeCallback', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.BaseOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.chain', kind: 'deprecated', replacement: 'airflow.sdk.chain', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.chain_linear', kind: 'deprecated', replacement: 'airflow.sdk.chain_linear', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperator.cross_downstream', kind: 'deprecated', replacement: 'airflow.sdk.cross_downstream', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.baseoperatorlink.BaseOperatorLink', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperatorLink', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.connection.Connection', kind: 'deprecated', replacement: 'airflow.sdk.Connection', importFailsOn31: false, note: 'The ORM model; DAG and task code should use the Task SDK class.' },
    { path: 'airflow.models.dag.DAG', kind: 'deprecated', replacement: 'airflow.sdk.DAG', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.operator.BaseOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.param.Param', kind: 'deprecated', replacement: 'airflow.sdk.Param', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.param.ParamsDict', kind: 'deprecated', replacement: 'airflow.sdk.ParamsDict', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.models.variable.Variable', kind: 'deprecated', replacement: 'airflow.sdk.Variable', importFailsOn31: false, note: 'The ORM model; DAG and task code should use the Task SDK class.' },
    { path: 'airflow.notifications.basenotifier.BaseNotifier', kind: 'deprecated', replacement: 'airflow.sdk.BaseNotifier', importFailsOn31: false, note: 'Still importable on 3.1 (deprecation warning).' },
    { path: 'airflow.operators.bash.BashOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.bash.BashOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.branch.BaseBranchOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.branch.BaseBranchOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.branch.BranchMixIn', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.branch.BranchMixIn', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.datetime.BranchDateTimeOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.datetime.BranchDateTimeOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.empty.EmptyOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.empty.EmptyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.generic_transfer.GenericTransfer', kind: 'deprecated', replacement: 'airflow.providers.common.sql.operators.generic_transfer.GenericTransfer', provider: 'apache-airflow-providers-common-sql', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.latest_only.LatestOnlyOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.latest_only.LatestOnlyOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.BranchExternalPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchExternalPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.BranchPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.BranchPythonVirtualenvOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.BranchPythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.ExternalPythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.ExternalPythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.PythonOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.PythonOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.PythonVirtualenvOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.PythonVirtualenvOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.ShortCircuitOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.python.ShortCircuitOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.python.get_current_context', kind: 'deprecated', replacement: 'airflow.sdk.get_current_context', importFailsOn31: false, note: 'Still importable on 3.1 (deprecation warning).' },
    { path: 'airflow.operators.smooth.SmoothOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.smooth.SmoothOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.trigger_dagrun.TriggerDagRunOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.trigger_dagrun.TriggerDagRunOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.operators.weekday.BranchDayOfWeekOperator', kind: 'deprecated', replacement: 'airflow.providers.standard.operators.weekday.BranchDayOfWeekOperator', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.secrets.cache.SecretCache', kind: 'deprecated', replacement: 'airflow.sdk.SecretCache', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.base.BaseSensorOperator', kind: 'deprecated', replacement: 'airflow.sdk.BaseSensorOperator', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.base.PokeReturnValue', kind: 'deprecated', replacement: 'airflow.sdk.PokeReturnValue', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.base.poke_mode_only', kind: 'deprecated', replacement: 'airflow.sdk.bases.sensor.poke_mode_only', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.bash.BashSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.bash.BashSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.date_time.DateTimeSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.date_time.DateTimeSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.date_time.DateTimeSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.external_task.ExternalDagLink', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalDagLink', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.external_task.ExternalTaskMarker', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskMarker', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.external_task.ExternalTaskSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.external_task.ExternalTaskSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.filesystem.FileSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.filesystem.FileSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.python.PythonSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.python.PythonSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_delta.TimeDeltaSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_delta.TimeDeltaSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time_delta.TimeDeltaSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_sensor.TimeSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time.TimeSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.time_sensor.TimeSensorAsync', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.time.TimeSensorAsync', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.sensors.weekday.DayOfWeekSensor', kind: 'deprecated', replacement: 'airflow.providers.standard.sensors.weekday.DayOfWeekSensor', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.settings.Session', kind: 'deprecated', importFailsOn31: false, note: 'Internal API: task code has no metadata-database access in Airflow 3; use the Task SDK or the REST API.' },
    { path: 'airflow.timetables.datasets.DatasetOrTimeSchedule', kind: 'deprecated', replacement: 'airflow.timetables.assets.AssetOrTimeSchedule', importFailsOn31: false },
    { path: 'airflow.triggers.external_task.DagStateTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.external_task.DagStateTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.external_task.WorkflowTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.external_task.WorkflowTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.file.FileTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.file.FileTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.temporal.DateTimeTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.temporal.DateTimeTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.triggers.temporal.TimeDeltaTrigger', kind: 'deprecated', replacement: 'airflow.providers.standard.triggers.temporal.TimeDeltaTrigger', provider: 'apache-airflow-providers-standard', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.dag_parsing_context.get_parsing_context', kind: 'deprecated', replacement: 'airflow.sdk.get_parsing_context', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.db.provide_session', kind: 'deprecated', importFailsOn31: false, note: 'Task code has no metadata-database access in Airflow 3; use the Task SDK (airflow.sdk) or the REST API. Still importable on 3.1.' },
    { path: 'airflow.utils.decorators.fixup_decorator_warning_stack', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.decorators.fixup_decorator_warning_stack', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.decorators.remove_task_decorator', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.decorators.remove_task_decorator', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.operator_resources', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.definitions.operator_resources', importFailsOn31: false },
    { path: 'airflow.utils.session.create_session', kind: 'deprecated', importFailsOn31: false, note: 'Internal API: importable on 3.1 but task code has no metadata-database access in Airflow 3 (the call fails at run time); use the Task SDK or the REST API.' },
    { path: 'airflow.utils.session.provide_session', kind: 'deprecated', importFailsOn31: false, note: 'Internal API: importable on 3.1 but task code has no metadata-database access in Airflow 3 (the call fails at run time); use the Task SDK or the REST API.' },
    { path: 'airflow.utils.setup_teardown.BaseSetupTeardownContext', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.setup_teardown.BaseSetupTeardownContext', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.setup_teardown.SetupTeardownContext', kind: 'deprecated', replacement: 'airflow.sdk.definitions._internal.setup_teardown.SetupTeardownContext', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.task_group.TaskGroup', kind: 'deprecated', replacement: 'airflow.sdk.TaskGroup', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timeout.timeout', kind: 'deprecated', replacement: 'airflow.sdk.execution_time.timeout.timeout', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.sdk.timezone', importFailsOn31: false },
    { path: 'airflow.utils.timezone.coerce_datetime', kind: 'deprecated', replacement: 'airflow.sdk.timezone.coerce_datetime', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.convert_to_utc', kind: 'deprecated', replacement: 'airflow.sdk.timezone.convert_to_utc', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.datetime', kind: 'deprecated', replacement: 'airflow.sdk.timezone.datetime', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.make_naive', kind: 'deprecated', replacement: 'airflow.sdk.timezone.make_naive', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.parse', kind: 'deprecated', replacement: 'airflow.sdk.timezone.parse', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.utc', kind: 'deprecated', replacement: 'airflow.sdk.timezone.utc', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.timezone.utcnow', kind: 'deprecated', replacement: 'airflow.sdk.timezone.utcnow', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.trigger_rule', matchPrefix: true, kind: 'deprecated', replacement: 'airflow.task.trigger_rule', importFailsOn31: false },
    { path: 'airflow.utils.weight_rule.DB_SAFE_MAXIMUM', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.DB_SAFE_MAXIMUM', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.weight_rule.DB_SAFE_MINIMUM', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.DB_SAFE_MINIMUM', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.weight_rule.WeightRule', kind: 'deprecated', replacement: 'airflow.task.weight_rule.WeightRule', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.weight_rule.db_safe_priority', kind: 'deprecated', replacement: 'airflow.sdk.bases.operator.db_safe_priority', importFailsOn31: false, note: 'Airflow 3.1 emits a deprecation warning.' },
    { path: 'airflow.utils.xcom.XCOM_RETURN_KEY', kind: 'deprecated', replacement: 'airflow.models.xcom.XCOM_RETURN_KEY', importFailsOn31: false, note: 'Internal module: not public API and subject to change. Airflow 3.1 emits a deprecation warning.' },
];
/** DAG(...) / @dag(...) arguments. Checked on 3.1.8: all but sla_miss_callback raise TypeError. */
const REMOVED_DAG_ARGUMENTS = [
    { name: 'schedule_interval', replacement: 'schedule', note: 'DAG() raises TypeError on 3.1.' },
    { name: 'timetable', replacement: 'schedule', note: 'Pass the timetable object as schedule=. DAG() raises TypeError on 3.1.' },
    { name: 'concurrency', replacement: 'max_active_tasks', note: 'DAG() raises TypeError on 3.1.' },
    { name: 'fail_stop', replacement: 'fail_fast', note: 'DAG() raises TypeError on 3.1.' },
    { name: 'default_view', note: 'The UI view is a user setting in Airflow 3; delete the argument. DAG() raises TypeError on 3.1.' },
    { name: 'orientation', note: 'The graph orientation is a UI setting in Airflow 3; delete the argument. DAG() raises TypeError on 3.1.' },
    { name: 'full_filepath', note: 'Delete the argument; Airflow sets the file location itself. DAG() raises TypeError on 3.1.' },
    {
        name: 'sla_miss_callback',
        note: 'SLAs were removed in Airflow 3; Airflow 3.1 adds Deadline Alerts (deadline=). 3.1 still accepts the argument but never calls it.',
    },
];
/** BaseOperator / @task arguments (and operator-specific renames). */
const REMOVED_OPERATOR_ARGUMENTS = [
    { name: 'task_concurrency', replacement: 'max_active_tis_per_dag', note: 'Operators raise TypeError on 3.1.' },
    { name: 'provide_context', note: 'The context is always passed to callables that accept **context; delete the argument. Operators raise TypeError on 3.1.' },
    { name: 'sla', note: 'SLAs were removed in Airflow 3; Airflow 3.1 adds Deadline Alerts on the DAG. 3.1 accepts the argument with a warning and ignores it.' },
    { name: 'execution_date', replacement: 'logical_date', note: 'TriggerDagRunOperator.' },
    { name: 'use_task_execution_day', replacement: 'use_task_logical_date', note: 'BranchDateTimeOperator, BranchDayOfWeekOperator, DayOfWeekSensor.' },
];
/**
 * Task context keys (context["…"], context.get("…"), TaskFlow parameters, Jinja "{{ … }}") that are gone
 * from airflow.sdk.definitions.context.Context on 3.1.8.
 */
const REMOVED_CONTEXT_KEYS = [
    { name: 'execution_date', replacement: 'logical_date', note: 'logical_date is None for runs triggered without one; data_interval_start is always set for scheduled runs.' },
    { name: 'next_execution_date', replacement: 'data_interval_end' },
    { name: 'next_ds', replacement: 'Use {{ data_interval_end | ds }} instead.' },
    { name: 'next_ds_nodash', replacement: 'Use {{ data_interval_end | ds_nodash }} instead.' },
    { name: 'prev_execution_date', replacement: 'prev_data_interval_start_success', note: 'The previous successful run; for a fixed interval compute it from logical_date.' },
    { name: 'prev_ds', replacement: 'Use {{ prev_data_interval_start_success | ds }} (previous successful run) or {{ macros.ds_add(ds, -N) }} instead.' },
    { name: 'prev_ds_nodash', replacement: 'Use {{ prev_data_interval_start_success | ds_nodash }} (previous successful run) instead.' },
    { name: 'prev_execution_date_success', replacement: 'prev_data_interval_start_success' },
    { name: 'tomorrow_ds', replacement: 'Use {{ macros.ds_add(ds, 1) }} instead.' },
    { name: 'tomorrow_ds_nodash', replacement: 'Use {{ macros.ds_format(macros.ds_add(ds, 1), "%Y-%m-%d", "%Y%m%d") }} instead.' },
    { name: 'yesterday_ds', replacement: 'Use {{ macros.ds_add(ds, -1) }} instead.' },
    { name: 'yesterday_ds_nodash', replacement: 'Use {{ macros.ds_format(macros.ds_add(ds, -1), "%Y-%m-%d", "%Y%m%d") }} instead.' },
    { name: 'conf', replacement: 'Import it in the task: from airflow.configuration import conf.' },
    { name: 'triggering_dataset_events', replacement: 'triggering_asset_events' },
];
/** trigger_rule values (strings or TriggerRule members, compared lower-case) rejected with ValueError on 3.1.8. */
const REMOVED_TRIGGER_RULES = [
    { name: 'none_failed_or_skipped', replacement: 'none_failed_min_one_success' },
    { name: 'dummy', replacement: 'always' },
];
const EXACT = new Map(IMPORT_CHANGES.map((change) => [change.path, change]));
const BY_PREFIX = new Map(IMPORT_CHANGES.filter((change) => change.matchPrefix).map((change) => [change.path, change]));
/** Top-level packages the table mentions (just `airflow`): any other name is answered without lookups. */
const ROOTS = new Set(IMPORT_CHANGES.map((change) => change.path.split('.')[0]));
const CHANGE_CACHE_LIMIT = 10_000;
const changeByName = new Map();
/** Lookup helper: the most specific IMPORT_CHANGES entry for a fully-qualified name (exact match wins over prefix; longest prefix wins). */
function findImportChange(qualifiedName) {
    const dot = qualifiedName.indexOf('.');
    if (!ROOTS.has(dot === -1 ? qualifiedName : qualifiedName.slice(0, dot)))
        return undefined;
    // Every DAG file imports much the same airflow names: remember answers (a bounded cache of a pure function).
    const known = changeByName.get(qualifiedName);
    if (known !== undefined)
        return known ?? undefined;
    const change = lookupImportChange(qualifiedName);
    if (changeByName.size >= CHANGE_CACHE_LIMIT)
        changeByName.clear();
    changeByName.set(qualifiedName, change ?? null);
    return change;
}
function lookupImportChange(qualifiedName) {
    const exact = EXACT.get(qualifiedName);
    if (exact)
        return exact;
    // Walk up the dotted path: the first module-wide entry found is the longest prefix.
    for (let end = qualifiedName.lastIndexOf('.'); end > 0; end = qualifiedName.lastIndexOf('.', end - 1)) {
        const change = BY_PREFIX.get(qualifiedName.slice(0, end));
        if (change)
            return change;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/dags/context.js
/** Declares a lint-dags rule; `check` is always lint-dags and examples are Python. */
function defineRule(meta, impl) {
    return { meta: { ...meta, check: 'lint-dags', exampleLanguage: 'python' }, ...impl };
}

;// CONCATENATED MODULE: ./src/dags/rules/airflow3-arguments.js




const byName = (list) => new Map(list.map((a) => [a.name, a]));
const DAG_ARGS = byName(REMOVED_DAG_ARGUMENTS);
const OPERATOR_ARGS = byName(REMOVED_OPERATOR_ARGUMENTS);
const CONTEXT_KEYS = byName(REMOVED_CONTEXT_KEYS);
const TRIGGER_RULES = byName(REMOVED_TRIGGER_RULES);
function replacementText(change) {
    if (!change.replacement)
        return change.note;
    return change.replacement.includes(' ') ? change.replacement : `Use \`${change.replacement}\` instead.`;
}
function reportRemovedKeywords(ctx, calls, table, what) {
    for (const call of calls) {
        for (const [name, nameNode] of callArguments(call, ctx.src).keywordNames) {
            const change = table.get(name);
            if (change)
                ctx.report(nameNode, `\`${name}\` is no longer a ${what} argument in Airflow 3.${change.note && change.replacement ? ' ' + change.note : ''}`, replacementText(change));
        }
    }
}
const removedDagArgument = defineRule({
    id: 'DAG102',
    name: 'airflow3-removed-dag-argument',
    severity: 'error',
    summary: 'Passes a DAG argument that Airflow 3 removed.',
    docs: {
        what: `Reports DAG(...) and @dag(...) arguments removed in Airflow 3: ${REMOVED_DAG_ARGUMENTS.map((a) => a.name).join(', ')}.`,
        why: 'The DAG constructor raises TypeError on unknown arguments, so the file fails to import on Airflow 3.',
        example: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule_interval="@daily", concurrency=4):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily", max_active_tasks=4):\n    ...',
    },
}, { checkFile: (ctx) => reportRemovedKeywords(ctx, ctx.model.dagCalls, DAG_ARGS, 'DAG') });
const removedOperatorArgument = defineRule({
    id: 'DAG103',
    name: 'airflow3-removed-operator-argument',
    severity: 'error',
    summary: 'Passes an operator/@task argument that Airflow 3 removed.',
    docs: {
        what: `Reports operator and @task arguments removed in Airflow 3: ${REMOVED_OPERATOR_ARGUMENTS.map((a) => a.name).join(', ')}.`,
        why: 'BaseOperator rejects unknown arguments, so the DAG fails to import on Airflow 3.',
        example: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, provide_context=True, task_concurrency=2)',
        fix: 'from airflow.providers.standard.operators.python import PythonOperator\nfrom airflow.sdk import DAG\n\ndef load(): ...\n\nwith DAG("etl", schedule="@daily"):\n    PythonOperator(task_id="load", python_callable=load, max_active_tis_per_dag=2)',
    },
}, { checkFile: (ctx) => reportRemovedKeywords(ctx, ctx.model.taskCalls, OPERATOR_ARGS, 'operator') });
const CONTEXT_NAMES = new Set(['context', 'ctx', 'kwargs', 'kw', 'kwds']);
const WHITESPACE = /\s/;
const TEMPLATE_BLOCK = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g;
/** Offsets of every `{{` and `{%` in the text, ascending: a string holds a template only if one falls inside it. */
function templateOpenings(text) {
    const out = [];
    for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
        const next = text.charCodeAt(i + 1);
        if (next === 0x7b /* { */ || next === 0x25 /* % */)
            out.push(i);
    }
    return out;
}
/** Whether some opening p has start <= p <= end - 2 (the two characters lie inside [start, end)). */
function opensTemplateWithin(openings, start, end) {
    let lo = 0;
    let hi = openings.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (openings[mid] < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < openings.length && openings[lo] <= end - 2;
}
/** Names a Jinja expression reads at its root (not attributes): `execution_date` in `{{ execution_date.year }}`. */
function templateRootNames(template) {
    const out = [];
    for (const m of template.matchAll(TEMPLATE_BLOCK)) {
        const inner = m[1] ?? m[2] ?? '';
        const base = m.index + 2;
        // Drop string literals inside the template so 'execution_date' in quotes is not read as a name.
        const code = inner.replace(/'[^']*'|"[^"]*"/g, (s) => ' '.repeat(s.length));
        for (const w of code.matchAll(/[A-Za-z_]\w*/g)) {
            // An attribute when the last non-space character before it is a dot (scanned back, not sliced).
            let j = w.index - 1;
            while (j >= 0 && WHITESPACE.test(code[j]))
                j--;
            if (code[j] === '.')
                continue;
            out.push({ name: w[0], index: base + w.index });
        }
    }
    return out;
}
const removedContextKey = defineRule({
    id: 'DAG104',
    name: 'airflow3-removed-context-key',
    severity: 'error',
    summary: 'Reads a task-context key that Airflow 3 removed (execution_date, next_ds, …).',
    docs: {
        what: `Reports removed context keys (${REMOVED_CONTEXT_KEYS.slice(0, 8).map((k) => k.name).join(', ')}, …) read as context["…"] / context.get("…"), as TaskFlow parameters, and in Jinja templates such as "{{ execution_date }}".`,
        why: 'On Airflow 3 the key is simply missing: templates render to an error and tasks fail with KeyError or a missing-argument TypeError at run time, long after the deploy looked fine.',
        example: 'BashOperator(task_id="export", bash_command="export.sh {{ execution_date | ds }}")\n\n@task\ndef report(**context):\n    day = context["next_ds"]',
        fix: 'BashOperator(task_id="export", bash_command="export.sh {{ logical_date | ds }}")\n\n@task\ndef report(**context):\n    day = context["data_interval_end"].to_date_string()',
    },
}, {
    checkFile(ctx) {
        const taskDefs = new Set([...ctx.model.taskFunctions.values()].map((t) => t.def));
        for (const dag of ctx.model.dags)
            for (const t of dag.tasks)
                if (t.callable)
                    taskDefs.add(t.callable);
        const idx = (t) => ctx.tree.index.get(t) ?? [];
        // The index holds each type's nodes; reports go out strings first, then subscripts, calls, functions.
        // Most strings hold no template: check the file's template openings rather than slice each string.
        const openings = templateOpenings(ctx.src.text);
        for (const n of openings.length ? idx('string') : []) {
            if (!opensTemplateWithin(openings, n.start, n.end))
                continue;
            const value = ctx.src.of(n);
            for (const { name, index } of templateRootNames(value)) {
                const change = CONTEXT_KEYS.get(name);
                if (change)
                    ctx.report({ start: n.start + index, end: n.start + index + name.length }, `Template reads \`${name}\`, which Airflow 3 removed from the context.`, replacementText(change));
            }
        }
        for (const n of idx('subscript')) {
            const obj = childByField(n, 'value');
            const key = childByField(n, 'subscript');
            if (!obj || !key || obj.type !== 'identifier' || !CONTEXT_NAMES.has(ctx.src.of(obj)))
                continue;
            const k = stringValue(key, ctx.src);
            const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
            if (change)
                ctx.report(key, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
        }
        for (const n of idx('call')) {
            const fn = childByField(n, 'function');
            if (fn?.type !== 'attribute')
                continue;
            const obj = childByField(fn, 'object');
            if (!obj || obj.type !== 'identifier' || !CONTEXT_NAMES.has(ctx.src.of(obj)) || ctx.src.of(childByField(fn, 'attribute')) !== 'get')
                continue;
            const first = childByField(n, 'arguments')?.children[0];
            const k = first ? stringValue(first, ctx.src) : undefined;
            const change = k !== undefined ? CONTEXT_KEYS.get(k) : undefined;
            if (change && first)
                ctx.report(first, `Context key "${k}" was removed in Airflow 3.`, replacementText(change));
        }
        for (const n of idx('function_definition')) {
            if (!taskDefs.has(n))
                continue;
            for (const p of childByField(n, 'parameters')?.children ?? []) {
                const id = p.type === 'identifier' ? p : childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier');
                if (!id || id.type !== 'identifier')
                    continue;
                const change = CONTEXT_KEYS.get(ctx.src.of(id));
                if (change)
                    ctx.report(id, `Task parameter \`${ctx.src.of(id)}\` asks for a context key Airflow 3 removed.`, replacementText(change));
            }
        }
    },
});
const removedTriggerRule = defineRule({
    id: 'DAG105',
    name: 'airflow3-removed-trigger-rule',
    severity: 'error',
    summary: 'Uses a trigger rule Airflow 3 removed.',
    docs: {
        what: `Reports trigger_rule values removed in Airflow 3: ${REMOVED_TRIGGER_RULES.map((r) => r.name).join(', ')} (as strings or TriggerRule members).`,
        why: 'Airflow 3 rejects the unknown trigger rule when the DAG is imported.',
        example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_or_skipped")',
        fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    EmptyOperator(task_id="join", trigger_rule="none_failed_min_one_success")',
    },
}, {
    checkFile(ctx) {
        for (const call of ctx.model.taskCalls) {
            const value = callArguments(call, ctx.src).keywords.get('trigger_rule');
            if (!value)
                continue;
            let rule = stringValue(value, ctx.src);
            if (rule === undefined && value.type === 'attribute')
                rule = ctx.src.of(childByField(value, 'attribute')).toLowerCase();
            const change = rule !== undefined ? TRIGGER_RULES.get(rule) : undefined;
            if (change)
                ctx.report(value, `Trigger rule "${rule}" was removed in Airflow 3.`, replacementText(change));
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/airflow3-imports.js


/** Broken imports: removed, or moved without a compatibility shim. */
function breaksOnAirflow3(change) {
    return change.kind === 'removed' || change.importFailsOn31;
}
/**
 * Import statements naming something Airflow 3 removed or moved (one hit per statement and outcome),
 * and attribute chains that reach such a name through an import that is itself fine
 * (`import airflow` … `airflow.utils.dates.days_ago(1)`). Split by whether the change breaks
 * the import; both rules read the same file, so it is computed once per file.
 */
const hitsByFile = new WeakMap();
function importHits(ctx, breaking) {
    let hits = hitsByFile.get(ctx.scopes);
    if (!hits)
        hitsByFile.set(ctx.scopes, (hits = collectImportHits(ctx)));
    return breaking ? hits.breaking : hits.other;
}
function collectImportHits(ctx) {
    const breakingHits = new Map();
    const otherHits = new Map();
    const add = (node, change) => {
        const byNode = breaksOnAirflow3(change) ? breakingHits : otherHits;
        let hit = byNode.get(node);
        if (!hit)
            byNode.set(node, (hit = { node, changes: [] }));
        if (!hit.changes.includes(change))
            hit.changes.push(change);
    };
    const cleanImports = new Set();
    for (const imp of ctx.scopes.imports) {
        const change = findImportChange(imp.qualified);
        if (change)
            add(imp.statement, change);
        else
            cleanImports.add(imp.local.split('.')[0]);
    }
    if (cleanImports.size) {
        for (const use of ctx.scopes.uses) {
            // Only the head of an attribute chain can reach a moved name (checked before hashing the name).
            const parent = use.node.parent;
            if (parent?.type !== 'attribute' || parent.children[0] !== use.node || !cleanImports.has(use.name))
                continue;
            let chain = parent;
            while (chain.parent?.type === 'attribute' && chain.parent.children[0] === chain)
                chain = chain.parent;
            const qualified = ctx.resolver.qualify(chain);
            const change = qualified ? findImportChange(qualified) : undefined;
            if (change)
                add(chain, change);
        }
    }
    return { breaking: [...breakingHits.values()], other: [...otherHits.values()] };
}
const isQualifiedName = (s) => s !== undefined && /^[\w.]+$/.test(s);
function describe(hit) {
    const { changes } = hit;
    const what = changes.map((c) => `\`${c.path}\``).join(', ');
    const plural = changes.length > 1;
    const notes = [...new Set(changes.map((c) => c.note).filter(Boolean))].join(' ');
    const providers = [...new Set(changes.map((c) => c.provider).filter(Boolean))].join(', ');
    let message;
    if (changes.every((c) => c.kind === 'removed'))
        message = `${what} ${plural ? 'were' : 'was'} removed in Airflow 3; importing ${plural ? 'them' : 'it'} fails.`;
    else if (changes.every((c) => c.kind === 'moved-to-provider'))
        message = `${what} moved to ${providers || 'a provider package'} in Airflow 3${changes.some((c) => c.importFailsOn31) ? '; the old path no longer imports' : ''}.`;
    else
        message = `${what} ${plural ? 'are' : 'is'} deprecated in Airflow 3.`;
    if (notes)
        message += ' ' + notes;
    // One import line when every replacement is a plain qualified name.
    const replacements = changes.map((c) => c.replacement);
    let fix;
    if (replacements.every(isQualifiedName)) {
        const modules = new Set(replacements.map((r) => r.split('.').slice(0, -1).join('.')));
        fix = modules.size === 1
            ? `Use \`from ${[...modules][0]} import ${replacements.map((r) => r.split('.').pop()).join(', ')}\`${providers ? ` (${providers})` : ''}.`
            : `Use ${replacements.map((r) => `\`${r}\``).join(', ')}.`;
    }
    else
        fix = replacements.filter(Boolean).join(' ') || undefined;
    return { message, fix };
}
const removedInAirflow3 = defineRule({
    id: 'DAG101',
    name: 'airflow3-removed-import',
    severity: 'error',
    summary: 'Imports a name that no longer exists in Airflow 3.',
    docs: {
        what: 'Reports imports of modules and names removed in Airflow 3 (airflow.utils.dates.days_ago, airflow.operators.dummy, airflow.contrib.*, SubDAGs, apply_defaults, …) and of names moved to providers without a compatibility path, with the replacement.',
        why: 'The import raises ImportError when Airflow 3 parses the file: every DAG in it disappears (an import error in the UI).',
        example: 'from airflow.utils.dates import days_ago\n\n@dag(schedule="0 6 * * *", start_date=days_ago(1))\ndef detect_and_retrain(): ...',
        fix: 'import pendulum\n\n@dag(schedule="0 6 * * *", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef detect_and_retrain(): ...',
    },
}, {
    checkFile(ctx) {
        for (const hit of importHits(ctx, true)) {
            const { message, fix } = describe(hit);
            ctx.report(hit.node, message, fix);
        }
    },
});
const deprecatedInAirflow3 = defineRule({
    id: 'DAG201',
    name: 'airflow3-deprecated-import',
    severity: 'warning',
    summary: 'Imports a name Airflow 3 moved (airflow.sdk, the standard provider); the old path is deprecated.',
    docs: {
        what: 'Reports imports that still work on Airflow 3 through a deprecation shim but have a new home: airflow.decorators → airflow.sdk, airflow.DAG/airflow.models.dag.DAG → airflow.sdk.DAG, Dataset → Asset, core operators → airflow.providers.standard.',
        why: 'The shims emit deprecation warnings on every parse and are scheduled for removal; moving now avoids the next breaking upgrade.',
        example: 'from airflow.decorators import dag, task',
        fix: 'from airflow.sdk import dag, task',
    },
}, {
    checkFile(ctx) {
        for (const hit of importHits(ctx, false)) {
            const { message, fix } = describe(hit);
            ctx.report(hit.node, message, fix);
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/branch-target.js


/** String literals a branch callable can return, with the node that returns each. */
function returnedTaskIds(def, src) {
    const out = [];
    const collect = (expr) => {
        if (!expr)
            return;
        const s = stringValue(expr, src);
        if (s !== undefined)
            out.push({ id: s, node: expr });
        else if (['list', 'tuple', 'expression_list', 'parenthesized_expression', 'set'].includes(expr.type))
            expr.children.forEach(collect);
        else if (expr.type === 'conditional_expression')
            expr.children.forEach(collect);
    };
    const body = childByField(def, 'body');
    const stack = body ? [body] : [];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'function_definition' || n.type === 'lambda' || n.type === 'class_definition')
            continue;
        if (n.type === 'return_statement')
            n.children.forEach(collect);
        else
            stack.push(...n.children);
    }
    return out;
}
const branchTargetNotDownstream = defineRule({
    id: 'DAG405',
    name: 'branch-target-not-downstream',
    severity: 'error',
    summary: 'A branch returns a task_id that is not directly downstream of it.',
    docs: {
        what: 'For @task.branch functions and BranchPythonOperator callables, checks every task_id literal they return against the tasks directly downstream of the branch task (TaskGroup prefixes included).',
        why: 'Airflow fails the branch task at run time ("Branch … not found" / not a direct downstream task), so the path you meant to take never runs — and nothing warned at deploy time.',
        example: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "retrain" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
        fix: 'import pendulum\nfrom airflow.sdk import dag, task\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef drift():\n    @task\n    def score() -> float:\n        return 0.2\n\n    @task\n    def submit_rayjob(): ...\n\n    @task\n    def skip(): ...\n    @task.branch\n    def gate(score: float) -> str:\n        return "submit_rayjob" if score > 0.15 else "skip"\n\n    gate(score()) >> [submit_rayjob(), skip()]\n\ndrift()',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            for (const task of dag.tasks) {
                if (!task.branch || !task.callable)
                    continue;
                const downstream = [...task.downstream];
                if (downstream.some((d) => d.taskId === undefined))
                    continue;
                const ids = new Set(downstream.map((d) => d.taskId));
                for (const r of returnedTaskIds(task.callable, ctx.src)) {
                    if (ids.has(r.id))
                        continue;
                    const list = ids.size ? [...ids].sort().join(', ') : 'none';
                    ctx.report(r.node, `Branch "${task.taskId ?? task.callee}" returns "${r.id}", which is not directly downstream of it (downstream: ${list}).`, `Return one of the direct downstream task_ids, or add "${r.id}" downstream of the branch.`);
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/dag-never-registered.js


const dagNeverRegistered = defineRule({
    id: 'DAG406',
    name: 'dag-never-registered',
    severity: 'error',
    summary: 'A @dag function is never called, so no DAG is created.',
    docs: {
        what: 'Reports functions decorated with @dag that the file never calls.',
        why: 'The decorator only builds a factory; the DAG exists once the function is called at module level. Without the call the file imports cleanly and the DAG silently never appears.',
        example: 'import pendulum\nfrom airflow.sdk import dag\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef nightly():\n    ...',
        fix: 'import pendulum\nfrom airflow.sdk import dag\n\n@dag(schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"))\ndef nightly():\n    ...\n\nnightly()',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            if (dag.kind !== 'decorator' || dag.registered || !dag.function)
                continue;
            const name = childByField(dag.function, 'name');
            const fn = ctx.src.of(name);
            ctx.report(name, `@dag function \`${fn}\` is never called, so DAG "${dag.dagId ?? fn}" is never registered.`, `Call \`${fn}()\` at module level.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/dependency-cycle.js

/** The first cycle found by depth-first search, as a list of tasks (first repeated at the end). */
function findCycle(tasks) {
    const state = new Map();
    for (const start of tasks) {
        if (state.has(start))
            continue;
        // Iterative DFS with an explicit path so deep graphs cannot overflow the stack.
        const path = [];
        const iters = [];
        state.set(start, 1);
        path.push(start);
        iters.push(start.downstream.values());
        while (path.length) {
            const next = iters[iters.length - 1].next();
            if (next.done) {
                state.set(path.pop(), 2);
                iters.pop();
                continue;
            }
            const t = next.value;
            const s = state.get(t);
            if (s === 1)
                return [...path.slice(path.indexOf(t)), t];
            if (s === undefined) {
                state.set(t, 1);
                path.push(t);
                iters.push(t.downstream.values());
            }
        }
    }
    return undefined;
}
const dependencyCycle = defineRule({
    id: 'DAG404',
    name: 'dependency-cycle',
    severity: 'error',
    summary: 'Task dependencies form a cycle.',
    docs: {
        what: 'Builds the task graph from >>, <<, lists, chain(), set_upstream/set_downstream and TaskFlow data passing, and prints the first cycle found.',
        why: 'Airflow raises AirflowDagCycleException when it loads the DAG: the DAG is not scheduled at all.',
        example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    extract = EmptyOperator(task_id="extract")\n    transform = EmptyOperator(task_id="transform")\n    load = EmptyOperator(task_id="load")\n    extract >> transform >> load\n    load >> extract',
        fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    extract = EmptyOperator(task_id="extract")\n    transform = EmptyOperator(task_id="transform")\n    load = EmptyOperator(task_id="load")\n    extract >> transform >> load',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            const cycle = findCycle(dag.tasks);
            if (!cycle)
                continue;
            const names = cycle.map((t) => t.taskId ?? '?').join(' >> ');
            ctx.report(cycle[0].call, `Dependency cycle in DAG "${dag.dagId ?? '?'}": ${names}.`, 'Remove one of the edges so the graph is acyclic.');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/duplicate-dag-id.js

const duplicateDagId = defineRule({
    id: 'DAG402',
    name: 'duplicate-dag-id',
    severity: 'error',
    summary: 'Two DAGs share a dag_id, within a file or across files.',
    docs: {
        what: 'Collects every statically known dag_id of all linted files and reports each place a dag_id is defined more than once.',
        why: 'Airflow keeps one of them and reports the other as an import error (AirflowDagDuplicatedIdException); which one wins depends on parse order, so the DAG that runs can change between deployments.',
        example: '# dags/sales.py\nwith DAG("daily_report", schedule="@daily"): ...\n# dags/finance.py\nwith DAG("daily_report", schedule="@daily"): ...',
        fix: '# dags/sales.py\nwith DAG("sales_daily_report", schedule="@daily"): ...\n# dags/finance.py\nwith DAG("finance_daily_report", schedule="@daily"): ...',
    },
}, {
    checkProject(ctx) {
        const byId = new Map();
        for (const d of ctx.dags) {
            if (!byId.has(d.dagId))
                byId.set(d.dagId, []);
            byId.get(d.dagId).push(d);
        }
        for (const [id, places] of byId) {
            if (places.length < 2)
                continue;
            for (const p of places) {
                const others = places.filter((o) => o !== p).map((o) => `${o.file}:${o.range.startLine}`);
                ctx.report(p.file, p.range, `dag_id "${id}" is also defined at ${others.join(', ')}.`, 'Give every DAG a unique dag_id.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/duplicate-task-id.js

const duplicateTaskId = defineRule({
    id: 'DAG403',
    name: 'duplicate-task-id',
    severity: 'error',
    summary: 'Two tasks in one DAG share a task_id.',
    docs: {
        what: 'Reports a task_id used by more than one operator in the same DAG (TaskGroup prefixes applied; repeated @task calls are suffixed __1, __2 by Airflow and are not duplicates).',
        why: 'Airflow raises DuplicateTaskIdFound while importing the file: the whole DAG disappears.',
        example: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load", bash_command="load.sh a")\n    BashOperator(task_id="load", bash_command="load.sh b")',
        fix: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG\n\nwith DAG("etl", schedule="@daily"):\n    BashOperator(task_id="load_a", bash_command="load.sh a")\n    BashOperator(task_id="load_b", bash_command="load.sh b")',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            const first = new Map();
            for (const task of dag.tasks) {
                if (task.taskId === undefined)
                    continue;
                const line = first.get(task.taskId);
                if (line === undefined) {
                    first.set(task.taskId, ctx.src.position(task.node.start).line);
                    continue;
                }
                ctx.report(task.node, `task_id "${task.taskId}" is already used in DAG "${dag.dagId ?? '?'}" at line ${line}.`, 'Give each task in a DAG its own task_id.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/invalid-id.js

const VALID_ID = /^[\w.-]+$/;
const MAX_ID_LENGTH = 250;
function problem(id) {
    if (id.length === 0)
        return 'is empty';
    if (id.length > MAX_ID_LENGTH)
        return `is ${id.length} characters long (at most ${MAX_ID_LENGTH})`;
    if (!VALID_ID.test(id))
        return 'may only contain letters, digits, underscores, dots and dashes';
    return undefined;
}
const invalidId = defineRule({
    id: 'DAG401',
    name: 'invalid-id',
    severity: 'error',
    summary: 'A dag_id or task_id Airflow rejects.',
    docs: {
        what: `Checks every statically known dag_id and task_id against Airflow's key rule: ^[\\w.-]+$ and at most ${MAX_ID_LENGTH} characters.`,
        why: 'Airflow raises an error while the file is imported, so the DAG never appears.',
        example: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("nightly etl", schedule="@daily"):\n    EmptyOperator(task_id="extract/raw")',
        fix: 'from airflow.providers.standard.operators.empty import EmptyOperator\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_etl", schedule="@daily"):\n    EmptyOperator(task_id="extract_raw")',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            if (dag.dagId !== undefined) {
                const p = problem(dag.dagId);
                if (p)
                    ctx.report(dag.idNode, `dag_id "${dag.dagId}" ${p}.`, 'Use only letters, digits, _, . and -.');
            }
            for (const task of dag.tasks) {
                if (task.taskId === undefined)
                    continue;
                const p = problem(task.taskId);
                if (p)
                    ctx.report(task.node, `task_id "${task.taskId}" ${p}.`, 'Use only letters, digits, _, . and -.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/metadata-db-access.js



const metadataDbAccess = defineRule({
    id: 'DAG601',
    name: 'metadata-db-access',
    severity: 'error',
    summary: 'Direct metadata-database access, which Airflow 3 tasks cannot do.',
    docs: {
        what: 'Reports create_session / provide_session, settings.Session and session.query(<Airflow model>) in DAG files.',
        why: 'Airflow 3 runs tasks through the Task SDK and the API server: task pods have no connection to the metadata database, so such code fails at run time (and the DAG processor has none either).',
        example: 'from airflow.models import TaskInstance\nfrom airflow.sdk import task\nfrom airflow.utils.session import create_session\n\n@task\ndef count_failures():\n    with create_session() as session:\n        return session.query(TaskInstance).filter_by(state="failed").count()',
        fix: 'from airflow.models import TaskInstance\nfrom airflow.sdk import task\nfrom airflow.utils.session import create_session\n\n@task\ndef count_failures():\n    # Use the Airflow REST API (or the task context) instead of the metadata DB.\n    return client.get_task_instances(state=["failed"]).total_entries',
    },
}, {
    checkFile(ctx) {
        // Decorators first, then calls (the report order); the index holds each type's nodes.
        for (const n of ctx.tree.index.get('decorator') ?? []) {
            const expr = n.children[0];
            const q = expr && ctx.resolver.qualify(expr.type === 'call' ? childByField(expr, 'function') ?? expr : expr);
            if (q && METADATA_DB_CALLS.has(q))
                ctx.report(n, `\`@${q.split('.').pop()}\` opens a metadata-DB session, which Airflow 3 tasks do not have.`, 'Use the Airflow REST API or the task context instead.');
        }
        for (const n of ctx.tree.index.get('call') ?? []) {
            const fn = childByField(n, 'function');
            if (!fn)
                continue;
            const q = ctx.resolver.qualify(fn);
            if (q && METADATA_DB_CALLS.has(q)) {
                ctx.report(n, `\`${ctx.src.of(fn)}()\` accesses the metadata database directly; Airflow 3 tasks have no DB connection.`, 'Use the Airflow REST API or the task context instead.');
                continue;
            }
            // session.query(TaskInstance) — a query on an Airflow model
            if (fn.type === 'attribute' && ctx.src.of(childByField(fn, 'attribute')) === 'query') {
                const first = childByField(n, 'arguments')?.children[0];
                const model = first ? ctx.resolver.qualify(first) : undefined;
                if (model?.startsWith('airflow.models'))
                    ctx.report(n, `Querying \`${model.split('.').pop()}\` reads the metadata database directly; Airflow 3 tasks have no DB connection.`, 'Use the Airflow REST API (e.g. airflow-client) instead.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/code.js

/** Last plain `NAME = value` at module level (including inside module-level if/try), by name. */
function moduleAssignments(root, src) {
    const out = new Map();
    const visit = (stmts) => {
        for (const stmt of stmts) {
            if (stmt.type === 'expression_statement') {
                const a = stmt.children[0];
                if (a?.type !== 'assignment')
                    continue;
                const left = childByField(a, 'left');
                const right = childByField(a, 'right');
                if (left?.type === 'identifier' && right && right.type !== 'assignment')
                    out.set(src.of(left), right);
            }
            else if (stmt.type === 'if_statement' || stmt.type === 'try_statement') {
                for (const c of stmt.children) {
                    if (c.type === 'block')
                        visit(c.children);
                    else
                        for (const cc of c.children)
                            if (cc.type === 'block')
                                visit(cc.children);
                }
            }
        }
    };
    visit(root.children);
    return out;
}
/** Follows `x` to the module-level value it was assigned (a few hops, no cycles). */
function followVariable(node, assignments, src) {
    let n = node;
    for (let hops = 0; hops < 5 && n.type === 'identifier'; hops++) {
        const next = assignments.get(src.of(n));
        if (!next || next === n)
            break;
        n = next;
    }
    return n;
}
/** The value of `key` in a dict literal `{"key": v}` or `dict(key=v)`. */
function dictEntry(dict, key, src) {
    if (dict.type === 'dictionary') {
        for (const pair of dict.children) {
            if (pair.type !== 'pair')
                continue;
            const k = childByField(pair, 'key');
            if (k && (k.type === 'string' && src.of(k).slice(1, -1) === key))
                return childByField(pair, 'value');
        }
    }
    if (dict.type === 'call') {
        const fn = childByField(dict, 'function');
        if (fn && src.of(fn) === 'dict') {
            for (const a of childByField(dict, 'arguments')?.children ?? []) {
                if (a.type === 'keyword_argument' && src.of(childByField(a, 'name')) === key)
                    return childByField(a, 'value');
            }
        }
    }
    return undefined;
}
/**
 * Whether a node runs every time the DAG processor parses the file: module level, class bodies,
 * decorator and default-argument expressions, and @dag function bodies (the DAG function is called
 * at import). Ordinary function and lambda bodies run only inside tasks.
 */
function runsAtParseTime(node, model) {
    let child = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
        if (p.type === 'lambda' && child.field === 'body')
            return false;
        if (p.type === 'function_definition' && child.field === 'body' && !model.dags.some((d) => d.function === p))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/dags/rules/parse-time.js




const parseTimeVariable = defineRule({
    id: 'DAG501',
    name: 'parse-time-variable-or-connection',
    severity: 'warning',
    summary: 'Variable.get / Connection / BaseHook.get_connection runs at every parse.',
    docs: {
        what: 'Reports reads of Airflow Variables and Connections in code that runs when the file is parsed: module level, DAG bodies and operator arguments.',
        why: 'The DAG processor re-parses each file every 30 s by default; each read is a metadata-DB or secrets-backend round trip per parse per file, and on Airflow 3 the DAG processor has no direct DB access at all.',
        example: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG, Variable\n\nbucket = Variable.get("export_bucket")\n\nwith DAG("export", schedule="@daily"):\n    BashOperator(task_id="upload", bash_command=f"upload.sh {bucket}")',
        fix: 'from airflow.providers.standard.operators.bash import BashOperator\nfrom airflow.sdk import DAG, Variable\n\nwith DAG("export", schedule="@daily"):\n    BashOperator(task_id="upload", bash_command="upload.sh {{ var.value.export_bucket }}")',
    },
}, {
    checkFile(ctx) {
        for (const node of ctx.tree.index.get('call') ?? []) {
            const q = ctx.resolver.callee(node);
            if (!q || !VARIABLE_CONNECTION_CALLS.has(q) || !runsAtParseTime(node, ctx.model))
                continue;
            const short = q.split('.').slice(-2).join('.');
            ctx.report(node, `\`${short}()\` runs every time the DAG file is parsed.`, 'Read it inside the task, or use a Jinja template ({{ var.value.x }}, {{ conn.x }}).');
        }
    },
});
const parseTimeNetworkCall = defineRule({
    id: 'DAG502',
    name: 'parse-time-network-call',
    severity: 'warning',
    summary: 'An HTTP or database call runs at every parse.',
    docs: {
        what: `Reports calls into network and database clients (${NETWORK_CALL_PREFIXES.slice(0, 6).join(', ')}, …) in code that runs when the file is parsed.`,
        why: 'Parsing must be fast and side-effect free: a slow or failing endpoint turns into DAG processor timeouts and import errors for the whole file.',
        example: 'import requests\nfrom airflow.sdk import DAG, task\n\nTABLES = requests.get("https://catalog/api/tables").json()\n\nwith DAG("sync", schedule="@hourly"):\n    ...',
        fix: 'import requests\nfrom airflow.sdk import DAG, task\n\n@task\ndef list_tables():\n    return requests.get("https://catalog/api/tables").json()',
    },
}, {
    checkFile(ctx) {
        for (const node of ctx.tree.index.get('call') ?? []) {
            const q = ctx.resolver.callee(node);
            if (!q || !NETWORK_CALL_PREFIXES.some((p) => q === p || q.startsWith(p)) || !runsAtParseTime(node, ctx.model))
                continue;
            ctx.report(node, `\`${ctx.src.of(childByField(node, 'function'))}()\` performs I/O every time the DAG file is parsed.`, 'Move the call into a task.');
        }
    },
});
const heavyTopLevelImport = defineRule({
    id: 'DAG503',
    name: 'heavy-top-level-import',
    severity: 'warning',
    summary: 'A heavy library is imported at module level.',
    docs: {
        what: 'Reports module-level imports (and imports in @dag bodies) of heavy libraries; the list is configurable (dags.heavy-imports / dags.extra-heavy-imports) and defaults to kubernetes, pandas, numpy, torch, tensorflow, sklearn, transformers, qdrant_client and a few more.',
        why: 'Module-level imports run on every parse of the file by the DAG processor; importing large libraries there slows parsing for every DAG and can hit the DAG file processor timeout.',
        example: 'from airflow.sdk import task\n\nfrom kubernetes import client, config\n\n@task\ndef submit():\n    config.load_incluster_config()',
        fix: 'from airflow.sdk import task\n\n@task\ndef submit():\n    from kubernetes import client, config\n    config.load_incluster_config()',
    },
}, {
    checkFile(ctx) {
        const heavy = new Set(ctx.settings.heavyImports);
        const seen = new Set();
        for (const imp of ctx.scopes.imports) {
            if (imp.scope !== ctx.scopes.module && !ctx.model.dags.some((d) => d.function && ctx.scopes.scopeOf.get(d.function) === imp.scope))
                continue;
            const root = imp.qualified.split('.')[0];
            if (!heavy.has(root))
                continue;
            const key = `${imp.statement.start}:${root}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            ctx.report(imp.statement, `\`${root}\` is imported at module level and loads on every parse of this file.`, `Import ${root} inside the task function that uses it.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/policy.js




const requiredTags = defineRule({
    id: 'DAG701',
    name: 'policy-required-tags',
    severity: 'warning',
    summary: 'The DAG lacks tags your policy requires (dags.required-tags).',
    docs: {
        what: 'When `dags.required-tags` is set in .airflow-gitops.yml, reports DAGs whose literal tags= list lacks any of them.',
        why: 'Teams use tags for ownership, alert routing and UI filtering; an untagged DAG falls through all three.',
        example: 'from airflow.sdk import DAG\n\n# .airflow-gitops.yml: dags: { required-tags: [team] }\nwith DAG("export", schedule="@daily", tags=["etl"]):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", tags=["etl", "team"]):\n    ...',
    },
}, {
    checkFile(ctx) {
        const required = ctx.settings.requiredTags;
        if (!required.length)
            return;
        for (const dag of ctx.model.dags) {
            const tagsNode = dag.call ? callArguments(dag.call, ctx.src).keywords.get('tags') : undefined;
            const tags = new Set();
            if (tagsNode && (tagsNode.type === 'list' || tagsNode.type === 'tuple' || tagsNode.type === 'set')) {
                for (const c of tagsNode.children) {
                    const v = stringValue(c, ctx.src);
                    if (v !== undefined)
                        tags.add(v);
                }
            }
            else if (tagsNode)
                continue;
            const missing = required.filter((t) => !tags.has(t));
            if (missing.length)
                ctx.report(tagsNode ?? dag.idNode, `DAG "${dag.dagId ?? '?'}" is missing required tag(s): ${missing.join(', ')}.`, `Add ${missing.map((m) => `"${m}"`).join(', ')} to tags=.`);
        }
    },
});
const requireOwner = defineRule({
    id: 'DAG702',
    name: 'policy-owner',
    severity: 'warning',
    summary: 'The DAG names no owner (dags.require-owner).',
    docs: {
        what: 'When `dags.require-owner: true` is set, reports DAGs whose default_args has no "owner" entry.',
        why: 'Without an owner, failures page nobody and the UI shows the default "airflow" owner.',
        example: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", default_args={"retries": 2}):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("export", schedule="@daily", default_args={"retries": 2, "owner": "data-platform"}):\n    ...',
    },
}, {
    checkFile(ctx) {
        if (!ctx.settings.requireOwner)
            return;
        const assignments = moduleAssignments(ctx.tree.root, ctx.src);
        for (const dag of ctx.model.dags) {
            const defaults = dag.call ? callArguments(dag.call, ctx.src).keywords.get('default_args') : undefined;
            const dict = defaults ? followVariable(defaults, assignments, ctx.src) : undefined;
            if (dict && dict.type !== 'dictionary' && dict.type !== 'call')
                continue;
            if (dict && dictEntry(dict, 'owner', ctx.src))
                continue;
            ctx.report(dag.idNode, `DAG "${dag.dagId ?? '?'}" has no owner in default_args.`, 'Add "owner": "<team>" to default_args.');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/schedule.js




const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31, special: /^(L|\d{1,2}W|LW|\?)$/ },
    { name: 'month', min: 1, max: 12, names: MONTHS },
    { name: 'day of week', min: 0, max: 7, names: DAYS, special: /^(L|\d[L]|\d#[1-5]|[A-Z]{3}#[1-5]|\?)$/ },
    { name: 'second', min: 0, max: 59 },
];
function atom(value, f) {
    if (/^\d+$/.test(value))
        return Number(value);
    const idx = f.names?.indexOf(value.toUpperCase());
    return idx !== undefined && idx >= 0 ? idx + (f.name === 'month' ? 1 : 0) : undefined;
}
/** Returns why a cron expression is invalid (croniter's grammar: 5 fields, or 6 with seconds), or undefined. */
function cronProblem(expr) {
    const parts = expr.trim().split(/\s+/);
    if (parts.length < 5 || parts.length > 6)
        return `has ${parts.length} fields; a cron expression has 5 (minute hour day-of-month month day-of-week)`;
    for (let i = 0; i < parts.length; i++) {
        const f = FIELDS[i];
        for (const item of parts[i].split(',')) {
            if (f.special?.test(item.toUpperCase()))
                continue;
            const [range, step, extra] = item.split('/');
            if (extra !== undefined || (step !== undefined && !/^\d+$/.test(step)))
                return `field ${i + 1} (${f.name}) "${item}" has an invalid step`;
            if (step !== undefined && Number(step) === 0)
                return `field ${i + 1} (${f.name}) has a step of 0`;
            if (range === '*')
                continue;
            const bounds = range.split('-');
            if (bounds.length > 2)
                return `field ${i + 1} (${f.name}) "${item}" is not a value or range`;
            const nums = bounds.map((b) => atom(b, f));
            if (nums.some((n) => n === undefined))
                return `field ${i + 1} (${f.name}) "${item}" is not a number${f.names ? ' or name' : ''}`;
            for (const n of nums)
                if (n < f.min || n > f.max)
                    return `field ${i + 1} (${f.name}) value ${n} is outside ${f.min}-${f.max}`;
            if (nums.length === 2 && nums[0] > nums[1] && f.name !== 'day of week')
                return `field ${i + 1} (${f.name}) range "${range}" runs backwards`;
        }
    }
    return undefined;
}
const missingSchedule = defineRule({
    id: 'DAG407',
    name: 'missing-schedule',
    severity: 'warning',
    summary: 'The DAG has no schedule: on Airflow 3 it never runs by itself.',
    docs: {
        what: 'Reports DAG(...) and @dag(...) without a `schedule` argument.',
        why: 'Airflow 2 defaulted to a daily schedule; Airflow 3 defaults to None, so a DAG migrated as-is is only ever run when someone triggers it.',
        example: 'import pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_export", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
        fix: 'import pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("nightly_export", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...\n# or schedule=None when it is meant to be triggered only',
    },
}, {
    checkFile(ctx) {
        for (const dag of ctx.model.dags) {
            const kwargs = dag.call ? callArguments(dag.call, ctx.src).keywords : new Map();
            // schedule_interval / timetable are reported by removed-dag-argument.
            if (kwargs.has('schedule') || kwargs.has('schedule_interval') || kwargs.has('timetable'))
                continue;
            if (dag.call && ctx.src.of(dag.call).includes('**'))
                continue;
            ctx.report(dag.call ?? dag.idNode, `DAG "${dag.dagId ?? '?'}" has no schedule; on Airflow 3 the default is None, so it never runs on its own.`, 'Set schedule= (a cron, a preset such as "@daily", a timedelta or assets), or schedule=None to make manual runs explicit.');
        }
    },
});
const invalidSchedule = defineRule({
    id: 'DAG408',
    name: 'invalid-schedule',
    severity: 'error',
    summary: 'The schedule string is not a valid cron expression or preset.',
    docs: {
        what: `Validates string schedules: a cron expression (5 fields, or 6 with seconds; numbers, names, ranges, steps, lists) or one of ${[...CRON_PRESETS].join(', ')}.`,
        why: 'Airflow rejects the schedule when it imports the file: an import error, and the DAG disappears.',
        example: 'from airflow.sdk import DAG\n\nwith DAG("hourly_sync", schedule="0 */1 * *"):\n    ...',
        fix: 'from airflow.sdk import DAG\n\nwith DAG("hourly_sync", schedule="0 * * * *"):\n    ...',
    },
}, {
    checkFile(ctx) {
        for (const call of ctx.model.dagCalls) {
            const value = callArguments(call, ctx.src).keywords.get('schedule');
            if (!value)
                continue;
            const s = stringValue(value, ctx.src);
            if (s === undefined)
                continue;
            if (s.startsWith('@')) {
                if (!CRON_PRESETS.has(s))
                    ctx.report(value, `Unknown schedule preset "${s}".`, `Use one of ${[...CRON_PRESETS].join(', ')} or a cron expression.`);
                continue;
            }
            const problem = cronProblem(s);
            if (problem)
                ctx.report(value, `Invalid cron schedule "${s}": ${problem}.`, 'Fix the cron expression (minute hour day-of-month month day-of-week).');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/start-date.js





/** Every start_date expression: DAG/@dag and operator arguments, and default_args entries. */
function startDates(ctx) {
    const assignments = moduleAssignments(ctx.tree.root, ctx.src);
    const out = [];
    for (const call of [...ctx.model.dagCalls, ...ctx.model.taskCalls]) {
        const { keywords } = callArguments(call, ctx.src);
        const direct = keywords.get('start_date');
        if (direct)
            out.push(direct);
        const defaults = keywords.get('default_args');
        if (defaults) {
            const dict = followVariable(defaults, assignments, ctx.src);
            const entry = dictEntry(dict, 'start_date', ctx.src);
            if (entry)
                out.push(entry);
        }
    }
    return [...new Set(out)].map((n) => followVariable(n, assignments, ctx.src));
}
/** Calls inside an expression (the expression itself included), e.g. `datetime.now() - timedelta(1)`. */
function callsIn(expr) {
    const out = [];
    const stack = [expr];
    while (stack.length) {
        const n = stack.pop();
        if (n.type === 'call')
            out.push(n);
        if (n.type !== 'lambda')
            stack.push(...n.children);
    }
    return out;
}
const dynamicStartDate = defineRule({
    id: 'DAG409',
    name: 'dynamic-start-date',
    severity: 'error',
    summary: 'start_date is computed from "now", so it moves on every parse.',
    docs: {
        what: 'Reports start_date values (in DAG/@dag or operator arguments, in default_args, or through a module variable) built from datetime.now(), utcnow(), today(), pendulum.now()/today() or timezone.utcnow().',
        why: 'The DAG file is re-parsed every few seconds; a start_date that moves with it makes the scheduler compute a different first interval each time, so runs are skipped or never created.',
        example: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nSTART = datetime.now() - timedelta(days=1)\n\nwith DAG("report", schedule="@daily", start_date=START):\n    ...',
        fix: 'from datetime import datetime, timedelta\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
}, {
    checkFile(ctx) {
        for (const expr of startDates(ctx)) {
            const now = callsIn(expr).find((c) => {
                const q = ctx.resolver.callee(c);
                return q !== undefined && NOW_FUNCTIONS.has(q);
            });
            if (now)
                ctx.report(now, `start_date is computed from \`${ctx.src.of(childByField(now, 'function'))}()\` and changes every time the file is parsed.`, 'Use a fixed, timezone-aware date such as pendulum.datetime(2025, 1, 1, tz="UTC").');
        }
    },
});
const naiveStartDate = defineRule({
    id: 'DAG410',
    name: 'naive-start-date',
    severity: 'warning',
    summary: 'start_date is a naive datetime (no timezone).',
    docs: {
        what: 'Reports start_date values built with datetime.datetime(...) without tzinfo=.',
        why: "Airflow interprets a naive date in the configured default_timezone; when that setting differs between environments (or changes), schedules silently shift by hours.",
        example: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=datetime(2025, 1, 1)):\n    ...',
        fix: 'from datetime import datetime\n\nimport pendulum\nfrom airflow.sdk import DAG\n\nwith DAG("report", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):\n    ...',
    },
}, {
    checkFile(ctx) {
        for (const expr of startDates(ctx)) {
            if (expr.type !== 'call')
                continue;
            const q = ctx.resolver.callee(expr);
            if (!q || !NAIVE_DATETIME_CONSTRUCTORS.has(q))
                continue;
            const { keywords, positional } = callArguments(expr, ctx.src);
            // datetime(y, m, d, h, mi, s, us, tzinfo): the eighth positional argument is the zone.
            if (keywords.has('tzinfo') || positional.length >= 8)
                continue;
            ctx.report(expr, 'start_date is a naive datetime; Airflow will read it in default_timezone.', 'Pass tzinfo= or use pendulum.datetime(..., tz="UTC").');
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/syntax.js

/** CPython's limits (3.11): tokenizer MAXLEVEL and MAXINDENT; past ~1000 levels compile() recurses out. */
const MAX_BRACKET_DEPTH = 200;
const MAX_BLOCK_DEPTH = 100;
const MAX_TREE_DEPTH = 1000;
/** The nearest enclosing node of one of `types`, stopping (undefined) at one of `stops`. */
function enclosing(node, types, stops) {
    for (let p = node.parent; p; p = p.parent) {
        if (types.has(p.type))
            return p;
        if (stops.has(p.type))
            return undefined;
    }
    return undefined;
}
const FUNCTIONS = new Set(['function_definition', 'lambda']);
const CLASS = new Set(['class_definition']);
const LOOPS = new Set(['for_statement', 'while_statement']);
const LOOP_STOPS = new Set(['function_definition', 'lambda', 'class_definition']);
const NONE = new Set();
/** `break` inside a loop's body (not its else-block) is fine. */
function inLoopBody(node) {
    let child = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
        if (LOOPS.has(p.type))
            return child.field === 'body';
        if (LOOP_STOPS.has(p.type))
            return false;
    }
    return false;
}
/**
 * What CPython would refuse to compile: tree-sitter's ERROR/MISSING nodes plus the compile-time
 * errors tree-sitter accepts (Python 2 print, return outside a function, nesting limits, …).
 */
function findSyntaxProblems(tree, src) {
    const problems = [];
    const nodes = (type) => tree.index.get(type) ?? [];
    const at = (node, message) => problems.push({ start: node.start, end: node.end, message });
    for (const e of tree.errors) {
        if (e.missing) {
            problems.push({ start: e.start, end: e.start, message: `invalid syntax: expected "${e.type}"` });
        }
        else {
            // Only the head of the node: ERROR nodes nest and can span most of the file, so slicing
            // each one whole would be quadratic on a badly broken file.
            const snippet = src.text.slice(e.start, Math.min(e.end, e.start + 1000)).trim().split('\n')[0].slice(0, 40);
            at(e, snippet ? `invalid syntax near "${snippet}"` : 'invalid syntax');
        }
    }
    if (tree.maxBracketDepth > MAX_BRACKET_DEPTH) {
        problems.push({ start: tree.maxBracketOffset, end: tree.maxBracketOffset + 1, message: `too many nested parentheses (Python allows ${MAX_BRACKET_DEPTH})` });
    }
    if (tree.maxBlockDepth > MAX_BLOCK_DEPTH) {
        problems.push({ start: tree.maxBlockOffset, end: tree.maxBlockOffset + 1, message: `too many levels of indentation (Python allows ${MAX_BLOCK_DEPTH})` });
    }
    if (tree.maxDepth > MAX_TREE_DEPTH) {
        problems.push({ start: tree.maxDepthOffset, end: tree.maxDepthOffset + 1, message: `expression nested more than ${MAX_TREE_DEPTH} levels deep: Python raises RecursionError while compiling it` });
    }
    for (const n of nodes('print_statement'))
        at(n, "Missing parentheses in call to 'print' (Python 2 syntax)");
    for (const n of nodes('exec_statement'))
        at(n, "Missing parentheses in call to 'exec' (Python 2 syntax)");
    for (const [type, word] of [['return_statement', 'return'], ['yield', 'yield'], ['await', 'await']]) {
        for (const n of nodes(type))
            if (!enclosing(n, FUNCTIONS, CLASS))
                at(n, `'${word}' outside function`);
    }
    for (const type of ['break_statement', 'continue_statement']) {
        for (const n of nodes(type))
            if (!inLoopBody(n))
                at(n, `'${src.of(n).trim()}' outside loop`);
    }
    for (const n of nodes('nonlocal_statement'))
        if (!enclosing(n, FUNCTIONS, NONE))
            at(n, 'nonlocal declaration not allowed at module level');
    // Names are read and hashed only from the second one on: most lists have fewer.
    for (const type of ['parameters', 'lambda_parameters']) {
        for (const params of nodes(type)) {
            let first;
            let seen;
            for (const p of params.children) {
                const id = p.type === 'identifier' ? p : (childByField(p, 'name') ?? p.children.find((c) => c.type === 'identifier'));
                if (!id || id.type !== 'identifier')
                    continue;
                if (!first) {
                    first = id;
                    continue;
                }
                seen ??= new Set([src.of(first)]);
                const name = src.of(id);
                if (seen.has(name))
                    at(id, `duplicate argument '${name}' in function definition`);
                seen.add(name);
            }
        }
    }
    for (const args of nodes('argument_list')) {
        let first;
        let seen;
        for (const a of args.children) {
            if (a.type !== 'keyword_argument')
                continue;
            const name = childByField(a, 'name');
            if (!name)
                continue;
            if (!first) {
                first = name;
                continue;
            }
            seen ??= new Set([src.of(first)]);
            const n = src.of(name);
            if (seen.has(n))
                at(name, `keyword argument repeated: ${n}`);
            seen.add(n);
        }
    }
    return problems.sort((a, b) => a.start - b.start);
}

;// CONCATENATED MODULE: ./src/dags/rules/syntax-error.js


const syntaxError = defineRule({
    id: 'DAG001',
    name: 'syntax-error',
    severity: 'error',
    summary: 'The file is not valid Python 3: Airflow cannot import it.',
    docs: {
        what: 'Reports Python syntax errors with their position, including the compile-time errors CPython raises (Python 2 print, `return` outside a function, more than 200 nested brackets or 100 indentation levels, repeated keyword arguments).',
        why: 'The DAG processor records an import error and every DAG in the file disappears from the UI; with git-sync that happens within a minute of the merge.',
        example: 'with DAG("etl", schedule="@daily") as dag:\n    print "starting"',
        fix: 'with DAG("etl", schedule="@daily") as dag:\n    print("starting")',
    },
}, {
    checkFile(ctx) {
        for (const p of findSyntaxProblems(ctx.tree, ctx.src))
            ctx.report(p, p.message);
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/unreadable-file.js

/** Reported by the engine itself (the file never reaches the parser); declared here for docs and SARIF. */
const unreadableFile = defineRule({
    id: 'DAG002',
    name: 'unreadable-file',
    severity: 'error',
    summary: 'A .py file that is binary, not valid in its declared encoding, too large, unreadable, or that the linter could not analyse.',
    docs: {
        what: 'Reports DAG-folder .py files the linter cannot read as Python source: NUL bytes (binary), bytes invalid in the declared encoding (UTF-8 unless a PEP 263 coding line says otherwise), files above dags.max-file-bytes (default 10 MiB, reported as a warning and skipped), files that cannot be opened or are not regular files, and a coding line declaring UTF-16 or UTF-32 (Python cannot import such a file). A file the linter itself could not analyse — the parser crashed on it, or parsing ran past its CPU budget (10 s, or 30 ms per KiB for larger files) — is reported as a warning: that is not proof of a bug in the file, but no other rule checked it.',
        why: 'git-sync ships whatever is in the folder; Airflow fails to import such a file (SyntaxError: invalid utf-8 / source code cannot contain null bytes) and the DAGs in it vanish.',
        example: '# dags/report.py saved as Latin-1 without a coding line:\nTITLE = "Rapport g\\xe9n\\xe9ral"',
        fix: '# dags/report.py saved as UTF-8:\nTITLE = "Rapport général"',
    },
}, {});

;// CONCATENATED MODULE: ./src/dags/data/python-builtins.js
/** Names Python 3.11 resolves without a binding: dir(builtins) plus module and class dunders. */
const PYTHON_BUILTINS = new Set([
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
    'BlockingIOError', 'BrokenPipeError', 'BufferError', 'BytesWarning', 'ChildProcessError',
    'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'DeprecationWarning', 'EOFError', 'Ellipsis', 'EncodingWarning', 'EnvironmentError', 'Exception',
    'ExceptionGroup', 'False', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
    'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
    'ModuleNotFoundError', 'NameError', 'None', 'NotADirectoryError', 'NotImplemented', 'NotImplementedError',
    'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError', 'ProcessLookupError',
    'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning',
    'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
    'TabError', 'TimeoutError', 'True', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
    'ValueError', 'Warning', 'ZeroDivisionError', '__annotations__', '__build_class__', '__builtins__',
    '__cached__', '__class__', '__debug__', '__dict__', '__doc__', '__file__', '__import__', '__loader__',
    '__module__', '__name__', '__package__', '__path__', '__qualname__', '__spec__', 'abs', 'aiter', 'all',
    'anext', 'any', 'ascii', 'bin', 'bool', 'breakpoint', 'bytearray', 'bytes', 'callable', 'chr',
    'classmethod', 'compile', 'complex', 'copyright', 'credits', 'delattr', 'dict', 'dir', 'divmod',
    'enumerate', 'eval', 'exec', 'exit', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals',
    'hasattr', 'hash', 'help', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len',
    'license', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open', 'ord',
    'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice',
    'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip',
]);

;// CONCATENATED MODULE: ./src/dags/scopes.js

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const TARGET_CONTAINERS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'expression_list']);
/**
 * Builds Python scopes (module, class, function, lambda, comprehension) with their bindings and
 * every name read, following Python's rules: class bodies are invisible to nested functions,
 * comprehensions have their own scope but evaluate their first iterable outside it, walrus binds in
 * the enclosing non-comprehension scope, `global`/`nonlocal` redirect bindings.
 */
function analyzeScopes(root, src) {
    const newScope = (kind, node, parent) => {
        const s = { kind, node, parent, bindings: new Map(), globals: new Set(), nonlocals: new Set(), loops: [] };
        scopes.push(s);
        scopeOf.set(node, s);
        return s;
    };
    const scopes = [];
    const scopeOf = new Map();
    const uses = [];
    const imports = [];
    const module = newScope('module', root, null);
    let hasStarImport = false;
    let futureAnnotations = false;
    for (const stmt of root.children) {
        if (stmt.type === 'future_import_statement' && src.of(stmt).includes('annotations'))
            futureAnnotations = true;
    }
    const bind = (name, at, scope) => {
        let target = scope;
        // The size checks skip hashing `name` for the (usual) empty sets.
        if (scope.globals.size && scope.globals.has(name))
            target = module;
        else if (scope.nonlocals.size && scope.nonlocals.has(name))
            return;
        const list = target.bindings.get(name);
        if (list)
            list.push(at);
        else
            target.bindings.set(name, [at]);
    };
    const bindTarget = (node, at, scope) => {
        if (node.type === 'identifier')
            bind(src.of(node), at, scope);
        else if (TARGET_CONTAINERS.has(node.type))
            for (const c of node.children)
                bindTarget(c, at, scope);
        else if (node.type === 'list_splat_pattern' || node.type === 'list_splat')
            for (const c of node.children)
                bindTarget(c, at, scope);
        else
            visit(node, scope);
    };
    const annotationsEvaluated = (scope) => !futureAnnotations && (scope.kind === 'module' || scope.kind === 'class');
    const visitParameters = (params, outer, inner, at) => {
        if (!params)
            return;
        for (const p of params.children) {
            switch (p.type) {
                case 'identifier':
                    bind(src.of(p), at, inner);
                    break;
                case 'default_parameter':
                case 'typed_default_parameter': {
                    const name = childByField(p, 'name');
                    const value = childByField(p, 'value');
                    const type = childByField(p, 'type');
                    if (value)
                        visit(value, outer);
                    if (type && !futureAnnotations)
                        visit(type, outer);
                    if (name)
                        bindTarget(name, at, inner);
                    break;
                }
                case 'typed_parameter': {
                    const type = childByField(p, 'type');
                    if (type && !futureAnnotations)
                        visit(type, outer);
                    for (const c of p.children)
                        if (c.field !== 'type')
                            bindParamName(c, at, inner);
                    break;
                }
                case 'list_splat_pattern':
                case 'dictionary_splat_pattern':
                case 'tuple_pattern':
                    bindParamName(p, at, inner);
                    break;
                default:
                    break;
            }
        }
    };
    const bindParamName = (node, at, scope) => {
        if (node.type === 'identifier')
            bind(src.of(node), at, scope);
        else
            for (const c of node.children)
                bindParamName(c, at, scope);
    };
    const visitCasePattern = (node, scope, at) => {
        switch (node.type) {
            case 'dotted_name': {
                const ids = node.children.filter((c) => c.type === 'identifier');
                if (ids.length === 1 && node.parent?.type === 'case_pattern') {
                    const name = src.of(ids[0]);
                    if (name !== '_')
                        bind(name, at, scope);
                }
                else if (ids.length)
                    visit(ids[0], scope);
                return;
            }
            case 'class_pattern': {
                for (const c of node.children) {
                    if (c.type === 'dotted_name') {
                        const first = c.children[0];
                        if (first)
                            visit(first, scope);
                    }
                    else
                        visitCasePattern(c, scope, at);
                }
                return;
            }
            case 'keyword_pattern':
                node.children.slice(1).forEach((c) => visitCasePattern(c, scope, at));
                return;
            case 'splat_pattern':
                for (const c of node.children)
                    if (c.type === 'identifier')
                        bind(src.of(c), at, scope);
                return;
            case 'as_pattern':
                for (const c of node.children) {
                    if (c.type === 'identifier')
                        bind(src.of(c), at, scope);
                    else
                        visitCasePattern(c, scope, at);
                }
                return;
            case 'string':
            case 'concatenated_string':
            case 'integer':
            case 'float':
            case 'true':
            case 'false':
            case 'none':
                return;
            default:
                for (const c of node.children)
                    visitCasePattern(c, scope, at);
        }
    };
    const visitComprehension = (node, scope) => {
        const clauses = node.children.filter((c) => c.type === 'for_in_clause');
        const first = clauses[0] && childByField(clauses[0], 'right');
        if (first)
            visit(first, scope);
        const inner = newScope('comprehension', node, scope);
        for (const clause of clauses) {
            const left = childByField(clause, 'left');
            if (left)
                bindTarget(left, node.start, inner);
            const right = childByField(clause, 'right');
            if (right && clause !== clauses[0])
                visit(right, inner);
        }
        for (const c of node.children)
            if (c.type !== 'for_in_clause')
                visit(c, inner);
    };
    const visit = (node, scope) => {
        switch (node.type) {
            case 'identifier':
                uses.push({ name: src.of(node), node, scope });
                return;
            case 'comment':
                return;
            case 'decorated_definition':
                for (const c of node.children)
                    visit(c, scope);
                return;
            case 'function_definition': {
                const name = childByField(node, 'name');
                const inner = newScope('function', node, scope);
                visitParameters(childByField(node, 'parameters'), scope, inner, node.start);
                const ret = childByField(node, 'return_type');
                if (ret && !futureAnnotations)
                    visit(ret, scope);
                if (name)
                    bind(src.of(name), node.end, scope);
                const body = childByField(node, 'body');
                if (body)
                    visit(body, inner);
                return;
            }
            case 'class_definition': {
                const name = childByField(node, 'name');
                const supers = childByField(node, 'superclasses');
                if (supers)
                    visit(supers, scope);
                const inner = newScope('class', node, scope);
                const body = childByField(node, 'body');
                if (body)
                    visit(body, inner);
                if (name)
                    bind(src.of(name), node.end, scope);
                return;
            }
            case 'lambda': {
                const inner = newScope('lambda', node, scope);
                visitParameters(childByField(node, 'parameters'), scope, inner, node.start);
                const body = childByField(node, 'body');
                if (body)
                    visit(body, inner);
                return;
            }
            case 'list_comprehension':
            case 'set_comprehension':
            case 'dictionary_comprehension':
            case 'generator_expression':
                visitComprehension(node, scope);
                return;
            case 'assignment': {
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                const type = childByField(node, 'type');
                if (type && annotationsEvaluated(scope))
                    visit(type, scope);
                const left = childByField(node, 'left');
                // An annotation without a value (`x: int`) binds nothing.
                if (left && (right || !type))
                    bindTarget(left, node.end, scope);
                else if (left && left.type !== 'identifier')
                    visit(left, scope);
                return;
            }
            case 'augmented_assignment': {
                const left = childByField(node, 'left');
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                if (left) {
                    visit(left, scope);
                    if (left.type === 'identifier')
                        bind(src.of(left), node.end, scope);
                }
                return;
            }
            case 'named_expression': {
                const value = childByField(node, 'value');
                if (value)
                    visit(value, scope);
                let target = scope;
                while (target.kind === 'comprehension' && target.parent)
                    target = target.parent;
                const name = childByField(node, 'name');
                if (name)
                    bind(src.of(name), node.end, target);
                return;
            }
            case 'for_statement': {
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                const left = childByField(node, 'left');
                if (left)
                    bindTarget(left, node.start, scope);
                scope.loops.push([node.start, node.end]);
                for (const c of node.children)
                    if (c.field !== 'left' && c.field !== 'right')
                        visit(c, scope);
                return;
            }
            case 'while_statement':
                scope.loops.push([node.start, node.end]);
                for (const c of node.children)
                    visit(c, scope);
                return;
            case 'as_pattern': {
                // with … as x / except E as e
                for (const c of node.children) {
                    if (c.type === 'as_pattern_target')
                        for (const t of c.children)
                            bindTarget(t, node.end, scope);
                    else if (c.field === 'alias')
                        for (const t of c.children)
                            bindTarget(t, node.end, scope);
                    else
                        visit(c, scope);
                }
                return;
            }
            case 'import_statement':
            case 'import_from_statement':
                visitImport(node, scope);
                return;
            case 'future_import_statement':
                return;
            case 'global_statement':
                for (const c of node.children)
                    if (c.type === 'identifier')
                        scope.globals.add(src.of(c));
                return;
            case 'nonlocal_statement':
                for (const c of node.children)
                    if (c.type === 'identifier')
                        scope.nonlocals.add(src.of(c));
                return;
            case 'keyword_argument': {
                const value = childByField(node, 'value');
                if (value)
                    visit(value, scope);
                return;
            }
            case 'attribute': {
                const obj = childByField(node, 'object');
                if (obj)
                    visit(obj, scope);
                return;
            }
            case 'case_clause':
                for (const c of node.children) {
                    if (c.type === 'case_pattern')
                        visitCasePattern(c, scope, node.start);
                    else
                        visit(c, scope);
                }
                return;
            case 'dotted_name': {
                const first = node.children[0];
                if (first)
                    visit(first, scope);
                return;
            }
            case 'type_alias_statement': {
                const left = childByField(node, 'left');
                const right = childByField(node, 'right');
                if (right)
                    visit(right, scope);
                if (left)
                    bindTarget(left.type === 'type' ? left.children[0] ?? left : left, node.end, scope);
                return;
            }
            default:
                for (const c of node.children)
                    visit(c, scope);
        }
    };
    const visitImport = (node, scope) => {
        if (node.type === 'import_statement') {
            for (const c of node.children) {
                if (c.type === 'dotted_name') {
                    const full = src.of(c).replace(/\s+/g, '');
                    const local = full.split('.')[0];
                    bind(local, node.end, scope);
                    imports.push({ local, qualified: local, statement: node, nameNode: c, from: false, scope });
                    // `import a.b.c` also makes a.b.c reachable through `a`; keep the full path for lookups.
                    if (full !== local)
                        imports.push({ local: full, qualified: full, statement: node, nameNode: c, from: false, scope });
                }
                else if (c.type === 'aliased_import') {
                    const name = childByField(c, 'name');
                    const alias = childByField(c, 'alias');
                    if (name && alias) {
                        bind(src.of(alias), node.end, scope);
                        imports.push({ local: src.of(alias), qualified: src.of(name).replace(/\s+/g, ''), statement: node, nameNode: name, from: false, scope });
                    }
                }
            }
            return;
        }
        const moduleNode = childByField(node, 'module_name');
        const moduleName = moduleNode ? src.of(moduleNode).replace(/\s+/g, '') : '';
        for (const c of node.children) {
            if (c.type === 'wildcard_import')
                hasStarImport = true;
            if (c.field !== 'name')
                continue;
            if (c.type === 'dotted_name') {
                const name = src.of(c);
                bind(name, node.end, scope);
                imports.push({ local: name, qualified: `${moduleName}.${name}`, statement: node, nameNode: c, from: true, scope });
            }
            else if (c.type === 'aliased_import') {
                const name = childByField(c, 'name');
                const alias = childByField(c, 'alias');
                if (name && alias) {
                    bind(src.of(alias), node.end, scope);
                    imports.push({ local: src.of(alias), qualified: `${moduleName}.${src.of(name)}`, statement: node, nameNode: name, from: true, scope });
                }
            }
        }
    };
    for (const c of root.children)
        visit(c, module);
    return { module, scopes, uses, imports, hasStarImport, futureAnnotations, scopeOf };
}
const RUNS_IN_PLACE = new Set(['module', 'class', 'comprehension']);
function boundBefore(scope, name, offset) {
    const at = scope.bindings.get(name);
    if (!at)
        return false;
    for (const o of at)
        if (o <= offset)
            return true;
    // Inside a loop, a binding later in the same loop is seen on the next iteration.
    for (const [s, e] of scope.loops) {
        if (s <= offset && offset < e)
            for (const o of at)
                if (s <= o && o <= e)
                    return true;
    }
    return false;
}
/**
 * True when the name read at `use` resolves to a binding or a builtin. Module, class and
 * comprehension code runs where it stands, so there a binding must come first; function and lambda
 * bodies run later and see every binding of their enclosing scopes. Class scopes are invisible to
 * the scopes nested in them.
 */
function resolves(use, builtins, module) {
    const { name } = use;
    const offset = use.node.start;
    let scope = use.scope;
    if (scope.globals.size && scope.globals.has(name))
        return module.bindings.has(name) || builtins.has(name);
    if (scope.nonlocals.size && scope.nonlocals.has(name))
        return true;
    let ordered = RUNS_IN_PLACE.has(scope.kind);
    let first = true;
    while (scope) {
        if (first || scope.kind !== 'class') {
            if (ordered ? boundBefore(scope, name, offset) : scope.bindings.has(name))
                return true;
        }
        const parent = scope.parent;
        ordered = ordered && scope.kind !== 'module' && parent !== null && RUNS_IN_PLACE.has(parent.kind) && scope.kind !== 'function' && scope.kind !== 'lambda';
        scope = parent;
        first = false;
    }
    return builtins.has(name);
}

;// CONCATENATED MODULE: ./src/dags/rules/undefined-name.js



const undefinedName = defineRule({
    id: 'DAG301',
    name: 'undefined-name',
    severity: 'error',
    summary: 'A name is used that is never defined or imported.',
    docs: {
        what: 'Resolves every name through Python scopes (module, class, function, lambda, comprehension, global/nonlocal, builtins, imports) and reports the ones that bind to nothing. At module level a name must be bound before it is used. A star import turns the rule off for that file.',
        why: 'At module level it is a NameError when Airflow imports the file (an import error, the DAG vanishes); inside a task it is a NameError when the task runs, after the deployment looked healthy.',
        example: 'from airflow.sdk import task\n\n@task\ndef compute_drift() -> float:\n    vectors = load_vectors()\n    return compute_cosine_drift(vectors)',
        fix: 'from airflow.sdk import task\n\nfrom drift.metrics import compute_cosine_drift, load_vectors\n\n@task\ndef compute_drift() -> float:\n    return compute_cosine_drift(load_vectors())',
    },
}, {
    checkFile(ctx) {
        if (ctx.scopes.hasStarImport)
            return;
        const seen = new Set();
        for (const use of ctx.scopes.uses) {
            if (resolves(use, PYTHON_BUILTINS, ctx.scopes.module))
                continue;
            const key = `${use.name}@${use.node.start}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            ctx.report(use.node, `Undefined name \`${use.name}\`.`, `Define or import \`${use.name}\` before it is used.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/dags/rules/index.js
















/** Every lint-dags rule, in documentation order. */
const rules_dagRules = [
    syntaxError,
    unreadableFile,
    removedInAirflow3,
    removedDagArgument,
    removedOperatorArgument,
    removedContextKey,
    removedTriggerRule,
    deprecatedInAirflow3,
    undefinedName,
    invalidId,
    duplicateDagId,
    duplicateTaskId,
    dependencyCycle,
    branchTargetNotDownstream,
    dagNeverRegistered,
    missingSchedule,
    invalidSchedule,
    dynamicStartDate,
    naiveStartDate,
    parseTimeVariable,
    parseTimeNetworkCall,
    heavyTopLevelImport,
    metadataDbAccess,
    requiredTags,
    requireOwner,
];

;// CONCATENATED MODULE: ./src/dags/analyze.js












function summarizeModel(model, src) {
    return model.dags.map((d) => ({
        dagId: d.dagId,
        line: src.position(d.idNode.start).line,
        tasks: d.tasks.map((t) => t.taskId ?? '?'),
        edges: edgesOf(d).map(([a, b]) => [a.taskId ?? '?', b.taskId ?? '?']),
        dynamic: d.dynamic || d.tasks.some((t) => t.taskId === undefined),
        registered: d.registered,
    }));
}
/** Rules with their effective severity; rules turned off are dropped. */
function activeRules(overrides) {
    return rules_dagRules
        .map((rule) => ({ rule, severity: rule_effectiveSeverity(rule.meta, overrides) }))
        .filter((r) => r.severity !== 'off');
}
/** The analysis of a file that never reaches the rules: its one DAG002 finding (unless turned off). */
function unreadableAnalysis(file, read, overrides) {
    const f = unreadableFinding(file, read, overrides);
    return { file, findings: f ? [f] : [], dags: [], summaries: [], syntaxOk: false };
}
function unreadableFinding(file, read, overrides) {
    const severity = rule_effectiveSeverity(unreadableFile.meta, overrides);
    if (severity === 'off')
        return undefined;
    const at = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    switch (read.kind) {
        case 'binary':
            return rule_makeFinding(unreadableFile.meta, severity, `Binary file (${read.bytes} bytes, contains NUL bytes): Python cannot import it.`, file, at, 'Remove it from the DAGs folder or add it to ignore: in .airflow-gitops.yml.');
        case 'bad-encoding':
            return rule_makeFinding(unreadableFile.meta, severity, read.reason ?? `Line ${read.line} is not valid ${read.encoding}: Python refuses to import the file.`, file, { ...at, startLine: read.line, endLine: read.line }, 'Save the file as UTF-8 (or declare its encoding in a PEP 263 coding line).');
        case 'too-large':
            return rule_makeFinding(unreadableFile.meta, 'warning', `Skipped: ${read.bytes} bytes is above the ${read.limit}-byte limit (dags.max-file-bytes).`, file, at, 'Split the file, or raise dags.max-file-bytes.');
        case 'unreadable':
            return rule_makeFinding(unreadableFile.meta, severity, `Cannot read the file (${read.reason}).`, file, at);
        case 'not-analysed':
            // Not proof of a bug in the file (the linter failed, not Python), so a warning: it must not
            // fail a PR on its own, yet the file is not silently passed either.
            return rule_makeFinding(unreadableFile.meta, 'warning', `Could not be analysed: ${read.reason}. No other rule checked this file.`, file, at, 'Check the file with `python -m py_compile` and fix any syntax error; if it compiles, report it (the file reproduces a linter bug).');
    }
}
/** The text of a file's bytes, or the analysis of a file Python could not read at all. */
function decodeForLint(file, buf, overrides) {
    const read = decodeSource(buf);
    return read.kind === 'text' ? read.text : unreadableAnalysis(file, read, overrides);
}
/** Lints one file's text: the fast parser first, tree-sitter for what it gives up on. */
function analyzeSource(parser, file, text, settings, overrides) {
    return analyzeTree(file, text, parseFast(text) ?? parsePython(parser, text), settings, overrides);
}
/** Lints one parsed file; pure. */
function analyzeTree(file, text, tree, settings, overrides) {
    const src = new SourceText(text);
    const findings = [];
    const rules = activeRules(overrides);
    const reporter = (rule, severity) => (at, message, fix) => {
        findings.push(rule_makeFinding(rule.meta, severity, message, file, src.range(at.start, at.end), fix));
    };
    const problems = findSyntaxProblems(tree, src);
    if (problems.length) {
        // Like CPython, stop at syntax errors: other rules would only add noise on a broken tree.
        const sev = rule_effectiveSeverity(syntaxError.meta, overrides);
        if (sev !== 'off')
            for (const p of problems)
                reporter(syntaxError, sev)(p, p.message);
        return { file, findings: applyNoqa(findings, src), dags: [], summaries: [], syntaxOk: false };
    }
    const scopes = analyzeScopes(tree.root, src);
    const resolver = new NameResolver(scopes, src);
    const model = buildDagModel(tree.root, src, resolver, tree.index);
    for (const { rule, severity } of rules) {
        if (!rule.checkFile || rule === syntaxError)
            continue;
        const ctx = { file, src, tree, scopes, resolver, model, settings, report: reporter(rule, severity) };
        rule.checkFile(ctx);
    }
    const dags = model.dags
        .filter((d) => d.dagId !== undefined && d.registered)
        .map((d) => ({ dagId: d.dagId, file, range: src.range(d.idNode.start, d.idNode.end) }));
    return { file, findings: applyNoqa(findings, src), dags, summaries: summarizeModel(model, src), syntaxOk: true };
}

;// CONCATENATED MODULE: ./src/dags/engine.js












function settingsFrom(config) {
    const base = config.dags.heavyImports ?? [...DEFAULT_HEAVY_IMPORTS];
    return {
        heavyImports: [...base, ...(config.dags.extraHeavyImports ?? [])],
        requiredTags: config.dags.requiredTags ?? [],
        requireOwner: config.dags.requireOwner ?? false,
    };
}
/**
 * Worker threads pay off only with cores to spare and plenty of files per thread: each thread
 * JIT-compiles the parser and rules from scratch (about as much CPU as linting 1,500 files warm),
 * and V8's compiler and GC threads already use a second core. On the 2-vCPU benchmark machine two
 * workers were slower than the main thread alone even at 10,000 files (docs/performance.md), so
 * they start only from 4 CPUs and 3,000 files per thread. `--jobs` overrides the choice.
 */
const FILES_PER_THREAD = 3000;
const MIN_CPUS_FOR_WORKERS = 4;
const BATCH = 24;
/** Worker threads for `files` files on `cpus` CPUs; 0 = lint on the main thread. */
function workerCount(files, cpus) {
    if (cpus < MIN_CPUS_FOR_WORKERS)
        return 0;
    const threads = Math.min(cpus, 8, Math.floor(files / FILES_PER_THREAD));
    return threads >= 2 ? threads : 0;
}
let readBuffer = Buffer.allocUnsafe(1 << 16);
/**
 * Reads one file, refusing files over the size limit before reading them (one open, one fstat).
 * The bytes live in a shared buffer until the next read: decode them before reading another file.
 */
function readForLint(job, file) {
    const abs = external_node_path_namespaceObject.join(job.root, file);
    let fd;
    try {
        // Non-blocking, so a FIFO swapped in after the directory walk cannot stall the run; the fstat
        // then refuses anything but a regular file (a device would read for ever).
        fd = external_node_fs_namespaceObject.openSync(abs, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        const stat = external_node_fs_namespaceObject.fstatSync(fd);
        if (!stat.isFile())
            return { skipped: unreadableAnalysis(file, { kind: 'unreadable', reason: `${fileKind(stat)}, not a regular file` }, job.overrides) };
        const size = stat.size;
        if (size > job.maxBytes) {
            return { skipped: unreadableAnalysis(file, { kind: 'too-large', bytes: size, limit: job.maxBytes }, job.overrides) };
        }
        // One buffer for every file: decoding copies the text out, and fresh buffers cost page faults.
        if (readBuffer.length < size)
            readBuffer = Buffer.allocUnsafe(Math.max(size, readBuffer.length * 2));
        let read = 0;
        while (read < size) {
            const n = external_node_fs_namespaceObject.readSync(fd, readBuffer, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return { buf: readBuffer.subarray(0, read) };
    }
    catch (e) {
        return { skipped: unreadableAnalysis(file, { kind: 'unreadable', reason: e.code ?? String(e) }, job.overrides) };
    }
    finally {
        if (fd !== undefined)
            external_node_fs_namespaceObject.closeSync(fd);
    }
}
/** Reads and lints a list of files (what each worker thread runs). */
async function lintFiles(job) {
    // tree-sitter's wasm is loaded only when the fast parser first gives up on a file.
    let treeSitter;
    const budget = { ...DEFAULT_PARSE_BUDGET, ...job.parseBudget };
    const out = [];
    for (const file of job.files) {
        const read = readForLint(job, file);
        if ('skipped' in read) {
            out.push(read.skipped);
            continue;
        }
        const text = decodeForLint(file, read.buf, job.overrides);
        if (typeof text !== 'string') {
            out.push(text);
            continue;
        }
        // One file that cannot be analysed (a wasm trap, a parse over budget, a bug) becomes a
        // finding on that file; the other files' findings and the reports still come out.
        try {
            const tree = parser_parseFast(text) ?? parser_parsePython((treeSitter ??= await getParser()), text, budget);
            out.push(analyzeTree(file, text, tree, job.settings, job.overrides));
        }
        catch (e) {
            if (e instanceof TreeSitterCrash) {
                discardParser();
                treeSitter = undefined;
            }
            out.push(unreadableAnalysis(file, { kind: 'not-analysed', reason: notAnalysedReason(e) }, job.overrides));
        }
    }
    return out;
}
function notAnalysedReason(e) {
    if (e instanceof ParseBudgetExceeded || e instanceof TreeSitterCrash)
        return e.message;
    return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}
async function lintInWorkers(job, script, count) {
    const queue = [...job.files];
    const results = [];
    const runOne = () => new Promise((resolve, reject) => {
        const worker = new Worker(script, { workerData: { airflowGitopsLintWorker: true } });
        const next = () => {
            const files = queue.splice(0, BATCH);
            if (files.length === 0) {
                void worker.terminate();
                resolve();
                return;
            }
            worker.postMessage({ ...job, files });
        };
        worker.on('message', (batch) => {
            results.push(...batch);
            next();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
            if (code !== 0 && code !== 1)
                reject(new Error(`lint worker exited with code ${code}`));
        });
        next();
    });
    await Promise.all(Array.from({ length: count }, runOne));
    return results;
}
const quoteList = (items) => items.map((i) => `"${i}"`).join(', ');
/** Lints DAG files: per-file rules (in worker threads for large trees), then cross-file rules. */
async function lintDags(options) {
    const started = performance.now();
    const { config, root } = options;
    const ignore = config.ignore;
    const { files, missing, empty, otherExtension, notRegular, symlinkRepeats } = expandPaths(options.paths, root, ['.py'], ignore);
    const notPython = otherExtension.length ? `${quoteList(otherExtension)}: lint-dags reads only .py files` : '';
    if (notRegular.length) {
        // Opening a FIFO would block for ever and a device never ends: refused before any read.
        const what = notRegular.map((n) => `"${n.input}" is ${n.kind}`).join('; ');
        throw new UsageError(`${what}, not a regular file: lint-dags reads only regular .py files and directories.`);
    }
    if (!options.allowEmpty) {
        const problems = [
            ...missing.map((m) => `"${m}" does not exist`),
            ...empty.map((e) => `"${e}" holds no .py file${ignore.length ? " outside the config's ignore globs" : ''}`),
            ...(files.length === 0 && notPython ? [`nothing to lint, ${notPython}`] : []),
        ];
        if (problems.length) {
            throw new UsageError(`${problems.join('; ')}. Paths are relative to ${root}; --allow-empty (action input allow-empty) accepts paths without a DAG file.`);
        }
    }
    const overrides = config.rules;
    const cpus = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const workers = options.workers ?? (options.workerScript ? workerCount(files.length, cpus) : 0);
    // Worker threads share the process CPU clock the parse budget is measured on.
    const parseBudget = { ...options.parseBudget, threads: Math.max(1, workers) };
    const job = { root, files, settings: settingsFrom(config), overrides, maxBytes: config.dags.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, parseBudget };
    const analyses = workers > 0 && options.workerScript ? await lintInWorkers(job, options.workerScript, workers) : await lintFiles(job);
    // One collator: the same order as localeCompare, without its per-call setup.
    const collator = new Intl.Collator();
    analyses.sort((a, b) => collator.compare(a.file, b.file));
    const findings = analyses.flatMap((a) => a.findings);
    const identities = analyses.flatMap((a) => a.dags);
    for (const rule of dagRules) {
        if (!rule.checkProject)
            continue;
        const severity = effectiveSeverity(rule.meta, overrides);
        if (severity === 'off')
            continue;
        rule.checkProject({
            dags: identities,
            report: (file, range, message, fix) => findings.push(makeFinding(rule.meta, severity, message, file, range, fix)),
        });
    }
    const details = [];
    if (missing.length)
        details.push(['Paths not found', missing.join(', ')]);
    if (empty.length)
        details.push(['Paths without .py files', empty.join(', ')]);
    if (notPython)
        details.push(['Not linted', notPython]);
    if (symlinkRepeats.length)
        details.push(['Symlinked folders walked once (a loop or a second link)', symlinkRepeats.join(', ')]);
    return {
        findings,
        rules: dagRules.map((r) => r.meta),
        run: { tool: 'lint-dags', version: VERSION, filesChecked: files.length, durationMs: performance.now() - started, details },
        dags: Object.fromEntries(analyses.filter((a) => a.summaries.length).map((a) => [a.file, a.summaries])),
    };
}

;// CONCATENATED MODULE: ./src/dags/worker.js




/** True inside a lint worker thread started by lintDags (the bundle runs itself as the worker). */
function isLintWorker() {
    return !isMainThread && workerData?.airflowGitopsLintWorker === true;
}
/**
 * The script worker threads run: dist/lint-worker/index.js beside the running bundle when it
 * exists, else the running bundle itself (which answers isLintWorker()).
 */
function lintWorkerScript(runningBundle) {
    const small = path.resolve(path.dirname(runningBundle), '../lint-worker/index.js');
    return fs.existsSync(small) ? small : runningBundle;
}
function runLintWorker() {
    external_node_worker_threads_namespaceObject.parentPort.on('message', (job) => {
        lintFiles(job).then((results) => external_node_worker_threads_namespaceObject.parentPort.postMessage(results), (e) => {
            throw e;
        });
    });
}

;// CONCATENATED MODULE: ./src/dags/worker-main.js

// Entry of dist/lint-worker/index.js: a small bundle with only the linter, so each worker thread
// starts without loading the CLI's Azure and Kubernetes code.
runLintWorker();


//# sourceMappingURL=index.js.map