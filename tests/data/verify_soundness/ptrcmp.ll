;; pair: one-past-the-end of @g compared with @h may be true (adjacent globals), target folds to false
;; expect: wrong
;; source
@g = global i32 0
@h = global i32 0
define i1 @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  ret i1 %c
}
;; target
@g = global i32 0
@h = global i32 0
define i1 @f() {
  ret i1 false
}

;; pair: one-past-the-end of @g compared with @h, target folds to true
;; expect: wrong
;; source
@g = global i32 0
@h = global i32 0
define i1 @f() {
  %e = getelementptr inbounds i8, ptr @g, i64 4
  %c = icmp eq ptr %e, @h
  ret i1 %c
}
;; target
@g = global i32 0
@h = global i32 0
define i1 @f() {
  ret i1 true
}

;; pair: two distinct globals compare unequal
;; expect: right
;; source
@g = global i32 0
@h = global i32 0
define i1 @f() {
  %c = icmp eq ptr @g, @h
  ret i1 %c
}
;; target
@g = global i32 0
@h = global i32 0
define i1 @f() {
  ret i1 false
}

;; pair: a global's address is never null, ptrtoint compared with 0 folds
;; expect: right
;; source
@g = global i32 0
define i1 @f() {
  %i = ptrtoint ptr @g to i64
  %c = icmp eq i64 %i, 0
  ret i1 %c
}
;; target
@g = global i32 0
define i1 @f() {
  ret i1 false
}

;; pair: an 8-aligned global: its address's low 3 bits are zero
;; expect: right
;; source
@g = global i64 0, align 8
define i64 @f() {
  %i = ptrtoint ptr @g to i64
  %m = and i64 %i, 7
  ret i64 %m
}
;; target
@g = global i64 0, align 8
define i64 @f() {
  ret i64 0
}

;; pair: a 2-aligned global: its address's low 2 bits folded to zero
;; expect: wrong
;; source
@g = global i16 0, align 2
define i64 @f() {
  %i = ptrtoint ptr @g to i64
  %m = and i64 %i, 3
  ret i64 %m
}
;; target
@g = global i16 0, align 2
define i64 @f() {
  ret i64 0
}

;; pair: argument pointer compared with a global, target folds to false
;; expect: wrong
;; source
@g = global i32 0
define i1 @f(ptr %p) {
  %c = icmp eq ptr %p, @g
  ret i1 %c
}
;; target
@g = global i32 0
define i1 @f(ptr %p) {
  ret i1 false
}

;; pair: icmp eq of pointers is the icmp of their ptrtoint
;; expect: proved
;; source
define i1 @f(ptr %p, ptr %q) {
  %c = icmp eq ptr %p, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p, ptr %q) {
  %a = ptrtoint ptr %p to i64
  %b = ptrtoint ptr %q to i64
  %c = icmp eq i64 %a, %b
  ret i1 %c
}

;; pair: icmp ult of pointers is the unsigned compare of their ptrtoint, target uses signed
;; expect: wrong
;; source
define i1 @f(ptr %p, ptr %q) {
  %c = icmp ult ptr %p, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p, ptr %q) {
  %a = ptrtoint ptr %p to i64
  %b = ptrtoint ptr %q to i64
  %c = icmp slt i64 %a, %b
  ret i1 %c
}

;; pair: icmp slt of pointers, target compares their ptrtoint signed
;; expect: right
;; source
define i1 @f(ptr %p, ptr %q) {
  %c = icmp slt ptr %p, %q
  ret i1 %c
}
;; target
define i1 @f(ptr %p, ptr %q) {
  %a = ptrtoint ptr %p to i64
  %b = ptrtoint ptr %q to i64
  %c = icmp slt i64 %a, %b
  ret i1 %c
}

;; pair: ordered compare of a global and an argument folded to true
;; expect: wrong
;; source
@g = global i32 0
define i1 @f(ptr %p) {
  %c = icmp ult ptr @g, %p
  ret i1 %c
}
;; target
@g = global i32 0
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: ordered compare of two different globals folded to true
;; expect: wrong
;; source
@g = global i32 0
@h = global i32 0
define i1 @f() {
  %c = icmp ult ptr @g, @h
  ret i1 %c
}
;; target
@g = global i32 0
@h = global i32 0
define i1 @f() {
  ret i1 true
}

;; pair: ptrtoint of a gep difference (p+8) - p is 8
;; expect: proved
;; source
define i64 @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 8
  %a = ptrtoint ptr %q to i64
  %b = ptrtoint ptr %p to i64
  %d = sub i64 %a, %b
  ret i64 %d
}
;; target
define i64 @f(ptr %p) {
  ret i64 8
}

;; pair: ptrtoint to i8 is the low byte of the address
;; expect: proved
;; source
define i8 @f(ptr %p) {
  %a = ptrtoint ptr %p to i8
  ret i8 %a
}
;; target
define i8 @f(ptr %p) {
  %a = ptrtoint ptr %p to i64
  %t = trunc i64 %a to i8
  ret i8 %t
}

;; pair: ptrtoint of null is 0
;; expect: proved
;; source
define i64 @f() {
  %a = ptrtoint ptr null to i64
  ret i64 %a
}
;; target
define i64 @f() {
  ret i64 0
}

;; pair: ptrmask with all ones is the pointer
;; expect: right
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -1)
  ret ptr %q
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: ptrmask clearing the low 3 bits is not the pointer
;; expect: wrong
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -8)
  ret ptr %q
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: ptrmask of the low 3 bits after an align-8 load from p is p
;; expect: right
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  %v = load i64, ptr %p, align 8
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -8)
  store i64 %v, ptr %q, align 8
  ret ptr %q
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: ptrmask's address is the masked ptrtoint
;; expect: right
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i64 @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -16)
  %i = ptrtoint ptr %q to i64
  ret i64 %i
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i64 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %m = and i64 %i, -16
  ret i64 %m
}

;; pair: ptrmask's address, target masks with -8 instead of -16
;; expect: wrong
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i64 @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -16)
  %i = ptrtoint ptr %q to i64
  ret i64 %i
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i64 @f(ptr %p) {
  %i = ptrtoint ptr %p to i64
  %m = and i64 %i, -8
  ret i64 %m
}

;; pair: a store through ptrmask(p, -4) stores at p's aligned-down address, target stores at p
;; expect: wrong
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define void @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -4)
  store i8 1, ptr %q, align 1
  ret void
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define void @f(ptr %p) {
  store i8 1, ptr %p, align 1
  ret void
}

;; pair: a store through ptrmask(p, -4) after an align-4 access to p is a store to p
;; expect: right
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define void @f(ptr %p) {
  store i32 0, ptr %p, align 4
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -4)
  store i8 1, ptr %q, align 1
  ret void
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define void @f(ptr %p) {
  store i32 1, ptr %p, align 4
  ret void
}

;; pair: ptrmask of a global aligned 16 with -16 is the global
;; expect: right
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
@g = global [4 x i32] zeroinitializer, align 16
define ptr @f() {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr @g, i64 -16)
  ret ptr %q
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
@g = global [4 x i32] zeroinitializer, align 16
define ptr @f() {
  ret ptr @g
}

;; pair: ptrmask of a global aligned 4 with -16 folded to the global
;; expect: wrong
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
@g = global [4 x i32] zeroinitializer, align 4
define ptr @f() {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr @g, i64 -16)
  ret ptr %q
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
@g = global [4 x i32] zeroinitializer, align 4
define ptr @f() {
  ret ptr @g
}

;; pair: ptrmask(p, 0) compared with null is true
;; expect: right
;; source
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i1 @f(ptr %p) {
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 0)
  %c = icmp eq ptr %q, null
  ret i1 %c
}
;; target
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
define i1 @f(ptr %p) {
  ret i1 true
}

;; pair: select of two pointers compared with one of them
;; expect: wrong
;; source
define i1 @f(i1 %c, ptr %p, ptr %q) {
  %s = select i1 %c, ptr %p, ptr %q
  %e = icmp eq ptr %s, %p
  ret i1 %e
}
;; target
define i1 @f(i1 %c, ptr %p, ptr %q) {
  ret i1 %c
}

;; pair: the difference of two inbounds geps from the same base is the index difference
;; expect: proved
;; source
define i64 @f(ptr %p, i64 %i, i64 %j) {
  %a = getelementptr inbounds i32, ptr %p, i64 %i
  %b = getelementptr inbounds i32, ptr %p, i64 %j
  %x = ptrtoint ptr %a to i64
  %y = ptrtoint ptr %b to i64
  %d = sub i64 %x, %y
  ret i64 %d
}
;; target
define i64 @f(ptr %p, i64 %i, i64 %j) {
  %d = sub i64 %i, %j
  %r = shl i64 %d, 2
  ret i64 %r
}

;; pair: exact sdiv of an inbounds gep difference by 4, target drops the sdiv
;; expect: wrong
;; source
define i64 @f(ptr %p, i64 %i, i64 %j) {
  %a = getelementptr inbounds i32, ptr %p, i64 %i
  %b = getelementptr inbounds i32, ptr %p, i64 %j
  %x = ptrtoint ptr %a to i64
  %y = ptrtoint ptr %b to i64
  %d = sub i64 %x, %y
  %q = sdiv exact i64 %d, 4
  ret i64 %q
}
;; target
define i64 @f(ptr %p, i64 %i, i64 %j) {
  %d = sub i64 %i, %j
  %r = shl i64 %d, 2
  ret i64 %r
}
