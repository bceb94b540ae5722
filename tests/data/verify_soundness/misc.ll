; atomics, volatile, fences, null_pointer_is_valid, infinite loops, undef/poison through memory, more subtle cases.

;; pair: a volatile load removed (unused)
;; expect: wrong
;; source
define void @f(ptr %p) {
  %v = load volatile i32, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}

;; pair: a seq_cst fence removed
;; expect: wrong
;; source
define void @f(ptr %p) {
  store i32 1, ptr %p
  fence seq_cst
  store i32 2, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 2, ptr %p
  ret void
}

;; pair: a monotonic atomic store replaced by a plain store
;; expect: wrong
;; source
define void @f(ptr %p) {
  store atomic i32 1, ptr %p monotonic, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 1, ptr %p, align 4
  ret void
}

;; pair: an unordered atomic load replaced by a plain load
;; expect: right
;; source
define i32 @f(ptr %p) {
  %v = load atomic i32, ptr %p unordered, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %v = load atomic i32, ptr %p unordered, align 4
  ret i32 %v
}

;; pair: atomicrmw add of 0 replaced by a plain load
;; expect: wrong
;; source
define i32 @f(ptr %p) {
  %v = atomicrmw add ptr %p, i32 0 seq_cst
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

;; pair: cmpxchg result's success flag folded to true
;; expect: wrong
;; source
define i1 @f(ptr %p) {
  %r = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst
  %s = extractvalue { i32, i1 } %r, 1
  ret i1 %s
}
;; target
define i1 @f(ptr %p) {
  %r = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst
  ret i1 true
}

;; pair: null_pointer_is_valid: a load from null is defined, target returns 0
;; expect: wrong
;; source
define i32 @f() null_pointer_is_valid {
  %v = load i32, ptr null
  ret i32 %v
}
;; target
define i32 @f() null_pointer_is_valid {
  ret i32 0
}

;; pair: target introduces an infinite loop on a path the source returns on
;; expect: wrong
;; source
define i32 @f(i1 noundef %c) {
  ret i32 0
}
;; target
define i32 @f(i1 noundef %c) {
entry:
  br i1 %c, label %loop, label %exit
loop:
  br label %loop
exit:
  ret i32 0
}

;; pair: an infinite loop with a call inside kept, loop-invariant code hoisted
;; expect: right
;; source
declare void @g(i32)
define void @f(i32 %x) {
entry:
  br label %loop
loop:
  %y = mul i32 %x, 3
  call void @g(i32 %y)
  br label %loop
}
;; target
declare void @g(i32)
define void @f(i32 %x) {
entry:
  %y = mul i32 %x, 3
  br label %loop
loop:
  call void @g(i32 %y)
  br label %loop
}

;; pair: an infinite loop with a call inside, target passes a different argument in the 3rd iteration
;; expect: wrong
;; source
declare void @g(i32)
define void @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  call void @g(i32 %i)
  %i1 = add i32 %i, 1
  br label %loop
}
;; target
declare void @g(i32)
define void @f() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %c = icmp eq i32 %i, 2
  %a = select i1 %c, i32 7, i32 %i
  call void @g(i32 %a)
  %i1 = add i32 %i, 1
  br label %loop
}

;; pair: a poison value stored into caller memory, target stores 0 instead
;; expect: right
;; source
define void @f(ptr %p, i32 %x) {
  %y = add nsw i32 %x, 2147483647
  %z = add nsw i32 %y, 2147483647
  store i32 %z, ptr %p
  ret void
}
;; target
define void @f(ptr %p, i32 %x) {
  %y = add nsw i32 %x, 2147483647
  %z = add nsw i32 %y, 2147483647
  %o = icmp slt i32 %x, 0
  %w = select i1 %o, i32 %z, i32 0
  store i32 %w, ptr %p
  ret void
}

;; pair: a store of a value that is poison for some inputs, target stores poison for all
;; expect: wrong
;; source
define void @f(ptr %p, i32 %x) {
  %y = add nsw i32 %x, 1
  store i32 %y, ptr %p
  ret void
}
;; target
define void @f(ptr %p, i32 %x) {
  store i32 poison, ptr %p
  ret void
}

;; pair: a store of poison to caller memory followed by a load, the load result is poison, target returns 0
;; expect: right
;; source
define i32 @f(ptr %p) {
  store i32 poison, ptr %p
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  store i32 poison, ptr %p
  ret i32 0
}

;; pair: one poison byte in a stored i32: the whole i32 reloaded is poison, target returns 0 for it
;; expect: right
;; source
define i32 @f(ptr %p) {
  store i32 0, ptr %p, align 1
  store i8 poison, ptr %p
  %v = load i32, ptr %p, align 1
  ret i32 %v
}
;; target
define i32 @f(ptr %p) {
  store i32 0, ptr %p, align 1
  store i8 poison, ptr %p
  ret i32 12345
}

;; pair: one poison byte in a stored i32: an i8 load of another byte is not poison
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  store i32 0, ptr %p, align 1
  store i8 poison, ptr %p
  %q = getelementptr i8, ptr %p, i64 1
  %v = load i8, ptr %q
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  store i32 0, ptr %p, align 1
  store i8 poison, ptr %p
  ret i8 1
}

;; pair: a branch-dependent store turned into a select of values (both paths store)
;; expect: proved
;; source
define void @f(ptr %p, i1 noundef %c) {
  br i1 %c, label %a, label %b
a:
  store i32 1, ptr %p
  br label %m
b:
  store i32 2, ptr %p
  br label %m
m:
  ret void
}
;; target
define void @f(ptr %p, i1 noundef %c) {
  %v = select i1 %c, i32 1, i32 2
  store i32 %v, ptr %p
  ret void
}

;; pair: a store on one path only, target stores on both paths (speculated store)
;; expect: wrong
;; source
define void @f(ptr %p, i1 noundef %c) {
  %old = load i32, ptr %p
  br i1 %c, label %a, label %m
a:
  store i32 1, ptr %p
  br label %m
m:
  ret void
}
;; target
define void @f(ptr %p, i1 noundef %c) {
  %old = load i32, ptr %p
  %v = select i1 %c, i32 1, i32 %old
  store i32 %v, ptr %p
  ret void
}
