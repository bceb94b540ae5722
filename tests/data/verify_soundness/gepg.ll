;; pair: target adds nusw to a plain gep with an i32 index (offset may overflow the address)
;; expect: wrong
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr i8, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr nusw i8, ptr %p, i32 %i
  ret ptr %q
}

;; pair: nusw gep with an i32 index equals the same gep with the index sign-extended
;; expect: proved
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr nusw i8, ptr %p, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %j = sext i32 %i to i64
  %q = getelementptr nusw i8, ptr %p, i64 %j
  ret ptr %q
}

;; pair: i16 index into i32 elements: gep is p + 4*sext(i), target zero-extends
;; expect: wrong
;; source
define ptr @f(ptr %p, i16 %i) {
  %q = getelementptr i32, ptr %p, i16 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i16 %i) {
  %j = zext i16 %i to i64
  %q = getelementptr i32, ptr %p, i64 %j
  ret ptr %q
}

;; pair: inbounds nuw gep with an i8 index is poison for a negative index, so zero-extension is allowed
;; expect: right
;; source
define ptr @f(ptr %p, i8 %i) {
  %q = getelementptr inbounds nuw i8, ptr %p, i8 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i8 %i) {
  %j = zext i8 %i to i64
  %q = getelementptr inbounds nuw i8, ptr %p, i64 %j
  ret ptr %q
}

;; pair: target adds nuw to an inbounds gep with an i16 index into i32 elements
;; expect: wrong
;; source
define ptr @f(ptr %p, i16 %i) {
  %q = getelementptr inbounds i32, ptr %p, i16 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i16 %i) {
  %q = getelementptr inbounds nuw i32, ptr %p, i16 %i
  ret ptr %q
}

;; pair: target adds inbounds to a gep with an i32 index loaded through (the base p itself may be out of bounds)
;; expect: wrong
;; source
define i8 @f(ptr %p, i32 %i) {
  %q = getelementptr i8, ptr %p, i32 %i
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
define i8 @f(ptr %p, i32 %i) {
  %q = getelementptr inbounds i8, ptr %p, i32 %i
  %v = load i8, ptr %q
  ret i8 %v
}

;; pair: nuw gep with an i32 index and an i64 constant index: the i32 one is sign-extended, target zext
;; expect: wrong
;; source
define ptr @f(ptr %p, i32 %i) {
  %q = getelementptr nuw [4 x i8], ptr %p, i64 1, i32 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i32 %i) {
  %j = zext i32 %i to i64
  %q = getelementptr nuw [4 x i8], ptr %p, i64 1, i64 %j
  ret ptr %q
}

;; pair: struct gep with an i32 array index inside: [2 x {i8, i32}] index -1 reaches back 8 bytes
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr { i8, i32 }, ptr %p, i32 -1, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 -4
  ret ptr %q
}

;; pair: vector of i32 indices: lane 1 of gep with <i32 -1, ...> is p - 4
;; expect: right
;; source
define <2 x ptr> @f(ptr %p) {
  %q = getelementptr i32, ptr %p, <2 x i32> <i32 1, i32 -1>
  ret <2 x ptr> %q
}
;; target
define <2 x ptr> @f(ptr %p) {
  %a = getelementptr i8, ptr %p, i64 4
  %b = getelementptr i8, ptr %p, i64 -4
  %v = insertelement <2 x ptr> poison, ptr %a, i32 0
  %w = insertelement <2 x ptr> %v, ptr %b, i32 1
  ret <2 x ptr> %w
}

;; pair: vector gep with <2 x i32> indices, target zero-extends lane indices
;; expect: wrong
;; source
define <2 x ptr> @f(ptr %p, <2 x i32> %i) {
  %q = getelementptr i8, ptr %p, <2 x i32> %i
  ret <2 x ptr> %q
}
;; target
define <2 x ptr> @f(ptr %p, <2 x i32> %i) {
  %j = zext <2 x i32> %i to <2 x i64>
  %q = getelementptr i8, ptr %p, <2 x i64> %j
  ret <2 x ptr> %q
}

;; pair: target makes a constant array global writable (caller may now... the global is now allowed to change)
;; expect: wrong
;; source
@c = constant [2 x i32] [i32 1, i32 2]
define i32 @f() {
  %v = load i32, ptr @c
  ret i32 %v
}
;; target
@c = global [2 x i32] [i32 1, i32 2]
define i32 @f() {
  %v = load i32, ptr @c
  ret i32 %v
}

;; pair: target changes a constant global's element the function never reads
;; expect: wrong
;; source
@c = constant [2 x i32] [i32 1, i32 2]
define i32 @f() {
  %v = load i32, ptr @c
  ret i32 %v
}
;; target
@c = constant [2 x i32] [i32 1, i32 3]
define i32 @f() {
  %v = load i32, ptr @c
  ret i32 %v
}

;; pair: target changes a writable global's initializer, the function unchanged
;; expect: wrong
;; source
@g = global i32 1
define i32 @f() {
  ret i32 0
}
;; target
@g = global i32 2
define i32 @f() {
  ret i32 0
}

;; pair: target makes a writable global constant (the caller may store to it)
;; expect: wrong
;; source
@g = global i32 1
define ptr @f() {
  ret ptr @g
}
;; target
@g = constant i32 1
define ptr @f() {
  ret ptr @g
}

;; pair: target stores into a constant global its own initializer value (still UB)
;; expect: wrong
;; source
@c = constant i32 5
define i32 @f() {
  %v = load i32, ptr @c
  ret i32 %v
}
;; target
@c = constant i32 5
define i32 @f() {
  store i32 5, ptr @c
  ret i32 5
}

;; pair: a constant global's initializer written differently but equal (zeroinitializer vs zeros)
;; expect: proved
;; source
@c = constant [2 x i32] zeroinitializer
define i32 @f() {
  %p = getelementptr [2 x i32], ptr @c, i64 0, i64 1
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@c = constant [2 x i32] [i32 0, i32 0]
define i32 @f() {
  ret i32 0
}

;; pair: an internal unused constant global's initializer changed (not observable)
;; expect: right
;; source
@u = internal constant i32 1
define i32 @f() {
  ret i32 0
}
;; target
@u = internal constant i32 2
define i32 @f() {
  ret i32 0
}

;; pair: a constant global's initializer changed inside a struct field read through a byte load
;; expect: wrong
;; source
@c = constant { i8, i16 } { i8 1, i16 515 }
define i8 @f() {
  %p = getelementptr i8, ptr @c, i64 3
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
@c = constant { i8, i16 } { i8 1, i16 771 }
define i8 @f() {
  %p = getelementptr i8, ptr @c, i64 3
  %v = load i8, ptr %p
  ret i8 %v
}
