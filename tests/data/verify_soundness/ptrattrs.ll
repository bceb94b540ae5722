;; pair: dereferenceable(4) parameter: a load hoisted out of a branch
;; expect: right
;; source
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  %v = load i32, ptr %p, align 1
  ret i32 %v
e:
  ret i32 0
}
;; target
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 1
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: dereferenceable(4) parameter without align: an align-4 load hoisted out of a branch (p may be misaligned)
;; expect: wrong
;; source
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  %v = load i32, ptr %p, align 4
  ret i32 %v
e:
  ret i32 0
}
;; target
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 4
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: dereferenceable(4) parameter: a load of bytes 4..7 hoisted out of a branch
;; expect: wrong
;; source
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q, align 1
  ret i32 %v
e:
  ret i32 0
}
;; target
define i32 @f(ptr dereferenceable(4) %p, i1 %c) {
  %q = getelementptr i8, ptr %p, i64 4
  %v = load i32, ptr %q, align 1
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: dereferenceable(4) parameter: a store speculated (p may point to read-only memory)
;; expect: wrong
;; source
define void @f(ptr dereferenceable(4) %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  store i32 1, ptr %p, align 1
  ret void
e:
  ret void
}
;; target
define void @f(ptr dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 1
  %s = select i1 %c, i32 1, i32 %v
  store i32 %s, ptr %p, align 1
  ret void
}

;; pair: writable dereferenceable(4) parameter: a store speculated as load/select/store
;; expect: right
;; source
define void @f(ptr writable dereferenceable(4) %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  store i32 1, ptr %p, align 1
  ret void
e:
  ret void
}
;; target
define void @f(ptr writable dereferenceable(4) %p, i1 %c) {
  %v = load i32, ptr %p, align 1
  %s = select i1 %c, i32 1, i32 %v
  store i32 %s, ptr %p, align 1
  ret void
}

;; pair: target adds writable to a parameter
;; expect: wrong
;; source
define void @f(ptr dereferenceable(4) %p) {
  ret void
}
;; target
define void @f(ptr writable dereferenceable(4) %p) {
  ret void
}

;; pair: byval parameter: a load from it hoisted (the copy is always dereferenceable)
;; expect: right
;; source
define i32 @f(ptr byval(i32) align 4 %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  %v = load i32, ptr %p, align 4
  ret i32 %v
e:
  ret i32 0
}
;; target
define i32 @f(ptr byval(i32) align 4 %p, i1 %c) {
  %v = load i32, ptr %p, align 4
  %r = select i1 %c, i32 %v, i32 0
  ret i32 %r
}

;; pair: byval parameter: a store through it is invisible to the caller, target drops it
;; expect: right
;; source
define void @f(ptr byval(i32) align 4 %p) {
  store i32 5, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr byval(i32) align 4 %p) {
  ret void
}

;; pair: byval parameter does not alias a global: store to it then load of the global forwarded
;; expect: right
;; source
@g = global i32 0, align 4
define i32 @f(ptr byval(i32) align 4 %p) {
  store i32 1, ptr @g, align 4
  store i32 5, ptr %p, align 4
  %v = load i32, ptr @g, align 4
  ret i32 %v
}
;; target
@g = global i32 0, align 4
define i32 @f(ptr byval(i32) align 4 %p) {
  store i32 1, ptr @g, align 4
  ret i32 1
}

;; pair: nonnull parameter compared with null folds to false
;; expect: right
;; source
define i1 @f(ptr nonnull %p) {
  %c = icmp eq ptr %p, null
  ret i1 %c
}
;; target
define i1 @f(ptr nonnull %p) {
  ret i1 false
}

;; pair: target adds nonnull to a returned parameter (null becomes poison for the caller)
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define ptr @f(ptr nonnull %p) {
  ret ptr %p
}

;; pair: target adds nonnull to the return of a function that may return null
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  ret ptr %p
}
;; target
define nonnull ptr @f(ptr %p) {
  ret ptr %p
}

;; pair: target adds align 8 to a returned pointer that may be misaligned
;; expect: wrong
;; source
define ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  ret ptr %q
}
;; target
define align 8 ptr @f(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 1
  ret ptr %q
}

;; pair: align 8 parameter: p+8 returned with align 8
;; expect: right
;; source
define ptr @f(ptr align 8 %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}
;; target
define align 8 ptr @f(ptr align 8 %p) {
  %q = getelementptr i8, ptr %p, i64 8
  ret ptr %q
}

;; pair: align 8 parameter: ptrtoint low bits folded
;; expect: right
;; source
define i64 @f(ptr align 8 %p) {
  %i = ptrtoint ptr %p to i64
  %m = and i64 %i, 7
  ret i64 %m
}
;; target
define i64 @f(ptr align 8 %p) {
  ret i64 0
}

;; pair: align 8 parameter: an unaligned p is poison, a store through it becomes UB; target drops the store
;; expect: wrong
;; source
define void @f(ptr align 8 %p) {
  store i8 1, ptr %p, align 1
  ret void
}
;; target
define void @f(ptr align 8 %p) {
  ret void
}

;; pair: target adds dereferenceable(4) to a parameter that is never accessed
;; expect: wrong
;; source
define void @f(ptr %p) {
  ret void
}
;; target
define void @f(ptr dereferenceable(4) %p) {
  ret void
}

;; pair: target adds returned to a parameter but returns something else
;; expect: wrong
;; source
@g = global i32 0, align 4
define ptr @f(ptr %p) {
  ret ptr @g
}
;; target
@g = global i32 0, align 4
define ptr @f(ptr returned %p) {
  ret ptr @g
}

;; pair: target adds noalias to a returned pointer
;; expect: wrong
;; source
@g = global i32 0, align 4
define ptr @f() {
  ret ptr @g
}
;; target
@g = global i32 0, align 4
define noalias ptr @f() {
  ret ptr @g
}

;; pair: target adds dereferenceable(8) to the return of a 4-byte global
;; expect: wrong
;; source
@g = global i32 0, align 4
define ptr @f() {
  ret ptr @g
}
;; target
@g = global i32 0, align 4
define dereferenceable(8) ptr @f() {
  ret ptr @g
}

;; pair: target adds dereferenceable(4) to the return of a 4-byte global
;; expect: right
;; source
@g = global i32 0, align 4
define ptr @f() {
  ret ptr @g
}
;; target
@g = global i32 0, align 4
define dereferenceable(4) ptr @f() {
  ret ptr @g
}

;; pair: dereferenceable(4) parameter: an inbounds gep by 4 is not poison; gep by 5 is allowed only if the object is larger
;; expect: wrong
;; source
define ptr @f(ptr dereferenceable(4) %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 5
  ret ptr %q
}
;; target
define ptr @f(ptr dereferenceable(4) %p) {
  ret ptr poison
}

;; pair: nonnull dereferenceable parameter: icmp with a global folded (it may be the global)
;; expect: wrong
;; source
@g = global i32 0, align 4
define i1 @f(ptr nonnull dereferenceable(4) %p) {
  %c = icmp eq ptr %p, @g
  ret i1 %c
}
;; target
@g = global i32 0, align 4
define i1 @f(ptr nonnull dereferenceable(4) %p) {
  ret i1 false
}

;; pair: dereferenceable(8) parameter of a function calling an external function: load after the call hoisted before it
;; expect: wrong
;; source
declare void @h()
define i32 @f(ptr dereferenceable(8) %p) {
  call void @h()
  %v = load i32, ptr %p, align 1
  ret i32 %v
}
;; target
declare void @h()
define i32 @f(ptr dereferenceable(8) %p) {
  %v = load i32, ptr %p, align 1
  call void @h()
  ret i32 %v
}
