;; pair: gep with an i1 true index is sign-extended (-1 element), target steps forward
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr i32, ptr %p, i1 true
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  ret ptr %q
}

;; pair: gep with an i1 true index is -1 element
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr i32, ptr %p, i1 true
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 -4
  ret ptr %q
}

;; pair: gep with an i8 -1 index is -1 element (sign-extended), target zero-extends
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr i16, ptr %p, i8 -1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 510
  ret ptr %q
}

;; pair: struct with trailing padding {i8, i32, i8} has stride 12
;; expect: proved
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr {i8, i32, i8}, ptr %p, i64 %i, i32 2
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %i) {
  %m = mul i64 %i, 12
  %a = getelementptr i8, ptr %p, i64 %m
  %q = getelementptr i8, ptr %a, i64 8
  ret ptr %q
}

;; pair: struct {i8, i32, i8} stride taken as 6 (no padding)
;; expect: wrong
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr {i8, i32, i8}, ptr %p, i64 %i, i32 2
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %i) {
  %m = mul i64 %i, 6
  %a = getelementptr i8, ptr %p, i64 %m
  %q = getelementptr i8, ptr %a, i64 5
  ret ptr %q
}

;; pair: packed struct <{i8, i32, i8}> stride 6, field 2 at 5
;; expect: proved
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr <{i8, i32, i8}>, ptr %p, i64 %i, i32 2
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %i) {
  %m = mul i64 %i, 6
  %a = getelementptr i8, ptr %p, i64 %m
  %q = getelementptr i8, ptr %a, i64 5
  ret ptr %q
}

;; pair: array of structs [3 x {i16, i8}] element 2 field 1 at offset 10
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr [3 x {i16, i8}], ptr %p, i64 0, i64 2, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 10
  ret ptr %q
}

;; pair: array of structs [3 x {i16, i8}] element 2 field 1, target says offset 8 (stride 3)
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr [3 x {i16, i8}], ptr %p, i64 0, i64 2, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: negative outer index into struct: {i32, i8} at -1, field 1 is offset -4
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr {i32, i8}, ptr %p, i64 -1, i32 1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 -4
  ret ptr %q
}

;; pair: array index beyond the array's count is allowed without inbounds ([2 x i32] index 5)
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr [2 x i32], ptr %p, i64 0, i64 5
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 20
  ret ptr %q
}

;; pair: inbounds one-past-the-end of a global is not poison, target returns poison
;; expect: wrong
;; source
@g = global [4 x i32] zeroinitializer
define ptr @f() {
  %q = getelementptr inbounds [4 x i32], ptr @g, i64 0, i64 4
  ret ptr %q
}
;; target
@g = global [4 x i32] zeroinitializer
define ptr @f() {
  ret ptr poison
}

;; pair: inbounds two-past-the-end of a global is poison, target returns null
;; expect: right
;; source
@g = global [4 x i32] zeroinitializer
define ptr @f() {
  %q = getelementptr inbounds [4 x i32], ptr @g, i64 0, i64 5
  ret ptr %q
}
;; target
@g = global [4 x i32] zeroinitializer
define ptr @f() {
  ret ptr null
}

;; pair: inbounds with a variable index into a global: index 5 is poison, target clamps nothing but returns same address
;; expect: right
;; source
@g = global [4 x i32] zeroinitializer
define ptr @f(i64 %i) {
  %q = getelementptr inbounds [4 x i32], ptr @g, i64 0, i64 %i
  ret ptr %q
}
;; target
@g = global [4 x i32] zeroinitializer
define ptr @f(i64 %i) {
  %m = shl i64 %i, 2
  %q = getelementptr inbounds i8, ptr @g, i64 %m
  ret ptr %q
}

;; pair: inbounds gep of a global with variable index: the result compared with the one-past-end folds only to index==4
;; expect: proved
;; source
@g = global [4 x i32] zeroinitializer
define i1 @f(i64 %i) {
  %q = getelementptr inbounds [4 x i32], ptr @g, i64 0, i64 %i
  %e = getelementptr inbounds [4 x i32], ptr @g, i64 0, i64 4
  %c = icmp eq ptr %q, %e
  ret i1 %c
}
;; target
@g = global [4 x i32] zeroinitializer
define i1 @f(i64 %i) {
  %c = icmp eq i64 %i, 4
  ret i1 %c
}

;; pair: inbounds negative index from an argument pointer may be in bounds, target returns poison
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 -1
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr poison
}

;; pair: inbounds negative index from a global's start is poison
;; expect: right
;; source
@g = global i32 0
define ptr @f() {
  %q = getelementptr inbounds i8, ptr @g, i64 -1
  ret ptr %q
}
;; target
@g = global i32 0
define ptr @f() {
  ret ptr null
}

;; pair: inbounds on null with a variable offset is null or poison, target returns null
;; expect: right
;; source
define ptr @f(i64 %x) {
  %q = getelementptr inbounds i8, ptr null, i64 %x
  ret ptr %q
}
;; target
define ptr @f(i64 %x) {
  ret ptr null
}

;; pair: plain gep on null with a variable offset is not null, target returns null
;; expect: wrong
;; source
define ptr @f(i64 %x) {
  %q = getelementptr i8, ptr null, i64 %x
  ret ptr %q
}
;; target
define ptr @f(i64 %x) {
  ret ptr null
}

;; pair: nusw gep by +1 never wraps below p: p+1 >u p folds to true
;; expect: right
;; source
define i1 @f(ptr %p) {
  %q = getelementptr nusw i8, ptr %p, i64 1
  %c = icmp ugt ptr %q, %p
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: nusw gep by -1: p-1 <u p folds to true
;; expect: right
;; source
define i1 @f(ptr %p) {
  %q = getelementptr nusw i8, ptr %p, i64 -1
  %c = icmp ult ptr %q, %p
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: nuw gep by an arbitrary offset: p+x >=u p folds to true
;; expect: right
;; source
define i1 @f(ptr %p, i64 %x) {
  %q = getelementptr nuw i8, ptr %p, i64 %x
  %c = icmp uge ptr %q, %p
  ret i1 %c
}
;; target
define i1 @f(ptr %p, i64 %x) {
  ret i1 true
}

;; pair: nusw gep by an arbitrary offset: p+x >=u p folded to true (x may be negative)
;; expect: wrong
;; source
define i1 @f(ptr %p, i64 %x) {
  %q = getelementptr nusw i8, ptr %p, i64 %x
  %c = icmp uge ptr %q, %p
  ret i1 %c
}
;; target
define i1 @f(ptr %p, i64 %x) {
  ret i1 true
}

;; pair: nusw gep: the index times the element size must not overflow signed: i32 elements with index 2^62 is poison
;; expect: right
;; source
define ptr @f(ptr %p) {
  %q = getelementptr nusw i32, ptr %p, i64 4611686018427387904
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr poison
}

;; pair: plain gep: i32 elements with index 2^62 wraps to p, target returns p
;; expect: proved
;; source
define ptr @f(ptr %p) {
  %q = getelementptr i32, ptr %p, i64 4611686018427387904
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: nuw gep with index 2^62 on i32 elements (mul wraps unsigned), target returns p
;; expect: right
;; source
define ptr @f(ptr %p) {
  %q = getelementptr nuw i32, ptr %p, i64 4611686018427387904
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: nuw gep with index 2^61 on i32 elements (2^63, no unsigned wrap of the mul): not always poison
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr nuw i32, ptr %p, i64 2305843009213693952
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  ret ptr poison
}

;; pair: inbounds implies nusw: target adds nusw to an inbounds gep
;; expect: proved
;; source
define ptr @f(ptr %p, i64 %x) {
  %q = getelementptr inbounds i8, ptr %p, i64 %x
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %x) {
  %q = getelementptr inbounds nusw i8, ptr %p, i64 %x
  ret ptr %q
}

;; pair: target upgrades nusw to inbounds
;; expect: wrong
;; source
define ptr @f(ptr %p, i64 %x) {
  %q = getelementptr nusw i8, ptr %p, i64 %x
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %x) {
  %q = getelementptr inbounds i8, ptr %p, i64 %x
  ret ptr %q
}

;; pair: gep inbounds nuw and a negative constant is poison unless p is null... p-1 nuw is poison for non-null p
;; expect: right
;; source
define ptr @f(ptr nonnull %p) {
  %q = getelementptr nuw i8, ptr %p, i64 -1
  ret ptr %q
}
;; target
define ptr @f(ptr nonnull %p) {
  ret ptr poison
}

;; pair: vector gep of a splat base and two indices, target does scalar geps and inserts
;; expect: right
;; source
define <2 x ptr> @f(ptr %p) {
  %v = getelementptr i32, ptr %p, <2 x i64> <i64 1, i64 2>
  ret <2 x ptr> %v
}
;; target
define <2 x ptr> @f(ptr %p) {
  %a = getelementptr i8, ptr %p, i64 4
  %b = getelementptr i8, ptr %p, i64 8
  %v0 = insertelement <2 x ptr> poison, ptr %a, i32 0
  %v1 = insertelement <2 x ptr> %v0, ptr %b, i32 1
  ret <2 x ptr> %v1
}

;; pair: vector gep, target swaps the lanes
;; expect: wrong
;; source
define <2 x ptr> @f(ptr %p) {
  %v = getelementptr i32, ptr %p, <2 x i64> <i64 1, i64 2>
  ret <2 x ptr> %v
}
;; target
define <2 x ptr> @f(ptr %p) {
  %a = getelementptr i8, ptr %p, i64 4
  %b = getelementptr i8, ptr %p, i64 8
  %v0 = insertelement <2 x ptr> poison, ptr %b, i32 0
  %v1 = insertelement <2 x ptr> %v0, ptr %a, i32 1
  ret <2 x ptr> %v1
}

;; pair: gep over a zero-size type [0 x i32] with a variable index is p
;; expect: proved
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr [0 x i32], ptr %p, i64 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %i) {
  ret ptr %p
}

;; pair: gep over the empty struct {} with index: stride 0, target steps by 1
;; expect: wrong
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr {}, ptr %p, i64 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr i8, ptr %p, i64 %i
  ret ptr %q
}

;; pair: gep with i128 index truncated to i64 (index type width), target uses the low 64 bits
;; expect: right
;; source
define ptr @f(ptr %p, i128 %i) {
  %q = getelementptr i8, ptr %p, i128 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i128 %i) {
  %t = trunc i128 %i to i64
  %q = getelementptr i8, ptr %p, i64 %t
  ret ptr %q
}
