; getelementptr flags, pointer comparisons, ptrtoint, type punning through memory, odd-width stores.

;; pair: target adds inbounds to a gep that steps far out of the object and back
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %a = getelementptr i8, ptr %p, i64 4096
  %b = getelementptr i8, ptr %a, i64 -4096
  %v = load i32, ptr %b
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %a = getelementptr inbounds i8, ptr %p, i64 4096
  %b = getelementptr inbounds i8, ptr %a, i64 -4096
  %v = load i32, ptr %b
  ret i32 %v
}

;; pair: gep out and back folded into the base pointer
;; expect: proved
;; source
define i32 @f(ptr %p) {
  %a = getelementptr i8, ptr %p, i64 4096
  %b = getelementptr i8, ptr %a, i64 -4096
  %v = load i32, ptr %b
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: target adds nusw to a gep with an arbitrary offset that is returned
;; expect: wrong
;; source
define ptr @f(ptr %p, i64 %n) {
  %q = getelementptr i8, ptr %p, i64 %n
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %n) {
  %q = getelementptr nusw i8, ptr %p, i64 %n
  ret ptr %q
}

;; pair: target adds nuw to a gep with an arbitrary i64 offset
;; expect: wrong
;; source
define ptr @f(ptr %p, i64 %n) {
  %q = getelementptr i8, ptr %p, i64 %n
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %n) {
  %q = getelementptr nuw i8, ptr %p, i64 %n
  ret ptr %q
}

;; pair: inbounds gep two past the end returned, target returns the plain gep (less poison)
;; expect: right
;; source
define ptr @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 2
  ret ptr %q
}
;; target
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 2
  ret ptr %q
}

;; pair: p < p+1 without inbounds folded to true (p+1 may wrap)
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  %c = icmp ult ptr %p, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: p < p+1 with inbounds folded to true
;; expect: right
;; source
define i1 @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 1
  %c = icmp ult ptr %p, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 1
  %c = icmp ne ptr %q, null
  %d = select i1 %c, i1 true, i1 true
  ret i1 %d
}

;; pair: p == p+1 folded to false (no wrap can make them equal)
;; expect: proved
;; source
define i1 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  %c = icmp eq ptr %p, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: two different allocas compare unequal
;; expect: proved
;; source
define i1 @f() {
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %c = icmp eq ptr %a, %b
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 false
}

;; pair: an alloca compared with null folded to true (wrong constant)
;; expect: wrong
;; source
define i1 @f() {
  %a = alloca i32, align 4
  %c = icmp eq ptr %a, null
  ret i1 %c
}
;; target
define i1 @f() {
  ret i1 true
}

;; pair: two distinct external globals compared, folded to true
;; expect: wrong
;; source
@a = external global i32
@b = external global i32
define i1 @f() {
  %c = icmp eq ptr @a, @b
  ret i1 %c
}
;; target
@a = external global i32
@b = external global i32
define i1 @f() {
  ret i1 true
}

;; pair: ptrtoint truncated to i32 is trunc of the i64 ptrtoint
;; expect: proved
;; source
define i32 @f(ptr %p) {
  %i = ptrtoint ptr %p to i32
  ret i32 %i
}
;; target
define i32 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %t = trunc i64 %i to i32
  ret i32 %t
}

;; pair: ptrtoint to i128 zero-extends, target sign-extends
;; expect: wrong
;; source
define i128 @f(ptr %p) {
  %i = ptrtoint ptr %p to i128
  ret i128 %i
}
;; target
define i128 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %t = sext i64 %i to i128
  ret i128 %t
}

;; pair: gep difference through ptrtoint equals the index
;; expect: proved
;; source
define i64 @f(ptr %p, i64 %n) {
  %q = getelementptr i32, ptr %p, i64 %n
  %a = ptrtoint ptr %p to i64
  %b = ptrtoint ptr %q to i64
  %d = sub i64 %b, %a
  ret i64 %d
}
;; target
define i64 @f(ptr %p, i64 %n) {
  %d = shl i64 %n, 2
  ret i64 %d
}

;; pair: a stored i8 1 replaced by a stored i1 true (the 7 extra bits become unspecified)
;; expect: wrong
;; source
define void @f(ptr %p) {
  store i8 1, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i1 true, ptr %p
  ret void
}

;; pair: a stored i1 true replaced by a stored i8 1
;; expect: right
;; source
define void @f(ptr %p) {
  store i1 true, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i8 1, ptr %p
  ret void
}

;; pair: an i1 loaded from a byte written as i8 2 is undefined, target returns its low bit
;; expect: right
;; source
define i1 @f(ptr %p) {
  store i8 2, ptr %p
  %v = load i1, ptr %p
  ret i1 %v
}
;; target
define i1 @f(ptr %p) {
  store i8 2, ptr %p
  ret i1 false
}

;; pair: store i32 then load of the middle two bytes (little-endian)
;; expect: proved
;; source
define i16 @f(ptr %p) {
  store i32 16909060, ptr %p, align 1
  %q = getelementptr i8, ptr %p, i64 1
  %v = load i16, ptr %q, align 1
  ret i16 %v
}
;; target
define i16 @f(ptr %p) {
  store i32 16909060, ptr %p, align 1
  ret i16 515
}

;; pair: store i32 then load of the middle two bytes, target uses big-endian order
;; expect: wrong
;; source
define i16 @f(ptr %p) {
  store i32 16909060, ptr %p, align 1
  %q = getelementptr i8, ptr %p, i64 1
  %v = load i16, ptr %q, align 1
  ret i16 %v
}
;; target
define i16 @f(ptr %p) {
  store i32 16909060, ptr %p, align 1
  ret i16 770
}

;; pair: float stored, i32 loaded is its bitcast
;; expect: proved
;; source
define i32 @f(ptr %p, float %x) {
  store float %x, ptr %p
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p, float %x) {
  store float %x, ptr %p
  %v = bitcast float %x to i32
  ret i32 %v
}

;; pair: a partial overwrite: i8 stored into the second byte of an i32, whole i32 reloaded
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  store i32 0, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 -1, ptr %q
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  store i32 0, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  store i8 -1, ptr %q
  ret i32 255
}

;; pair: a pointer stored, reloaded as i64, equals its ptrtoint
;; expect: right
;; source
define i64 @f(ptr %p, ptr %x) {
  store ptr %x, ptr %p
  %v = load i64, ptr %p
  ret i64 %v
}
;; target
define i64 @f(ptr %p, ptr %x) {
  store ptr %x, ptr %p
  %v = ptrtoint ptr %x to i64
  ret i64 %v
}

;; pair: a stored i24 zero replaced by a stored i20 zero (bits 20-23 become unspecified)
;; expect: wrong
;; source
define void @f(ptr %p) {
  store i24 0, ptr %p, align 1
  ret void
}
;; target
define void @f(ptr %p) {
  store i20 0, ptr %p, align 1
  ret void
}
