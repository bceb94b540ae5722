; ModuleID = '/work/main/examples/checksum.c'
source_filename = "/work/main/examples/checksum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@crc_table = internal global [256 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [42 x i8] c"aaaabbbcccd llmopt makes programs smaller\00", align 1
@.str.1 = private unnamed_addr constant [42 x i8] c"crc32=%08x rle=%zu bytes top-nibble-6=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @crc32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !5
  store i64 %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %5) #5
  store i32 -1, ptr %5, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #5
  store i64 0, ptr %6, align 8, !tbaa !9
  br label %7

7:                                                ; preds = %27, %2
  %8 = load i64, ptr %6, align 8, !tbaa !9
  %9 = load i64, ptr %4, align 8, !tbaa !9
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #5
  br label %30

12:                                               ; preds = %7
  %13 = load i32, ptr %5, align 4, !tbaa !11
  %14 = load ptr, ptr %3, align 8, !tbaa !5
  %15 = load i64, ptr %6, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %14, i64 %15
  %17 = load i8, ptr %16, align 1, !tbaa !13
  %18 = zext i8 %17 to i32
  %19 = xor i32 %13, %18
  %20 = and i32 %19, 255
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !11
  %24 = load i32, ptr %5, align 4, !tbaa !11
  %25 = lshr i32 %24, 8
  %26 = xor i32 %23, %25
  store i32 %26, ptr %5, align 4, !tbaa !11
  br label %27

27:                                               ; preds = %12
  %28 = load i64, ptr %6, align 8, !tbaa !9
  %29 = add i64 %28, 1
  store i64 %29, ptr %6, align 8, !tbaa !9
  br label %7, !llvm.loop !14

30:                                               ; preds = %11
  %31 = load i32, ptr %5, align 4, !tbaa !11
  %32 = xor i32 %31, -1
  call void @llvm.lifetime.end.p0(i64 4, ptr %5) #5
  ret i32 %32
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @rle_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  %14 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !5
  store i64 %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !5
  store i64 %3, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #5
  store i64 0, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #5
  store i64 0, ptr %11, align 8, !tbaa !9
  br label %15

15:                                               ; preds = %73, %4
  %16 = load i64, ptr %11, align 8, !tbaa !9
  %17 = load i64, ptr %7, align 8, !tbaa !9
  %18 = icmp ult i64 %16, %17
  br i1 %18, label %20, label %19

19:                                               ; preds = %15
  store i32 2, ptr %12, align 4
  br label %74

20:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(i64 1, ptr %13) #5
  %21 = load ptr, ptr %6, align 8, !tbaa !5
  %22 = load i64, ptr %11, align 8, !tbaa !9
  %23 = getelementptr inbounds i8, ptr %21, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !13
  store i8 %24, ptr %13, align 1, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #5
  store i64 1, ptr %14, align 8, !tbaa !9
  br label %25

25:                                               ; preds = %47, %20
  %26 = load i64, ptr %11, align 8, !tbaa !9
  %27 = load i64, ptr %14, align 8, !tbaa !9
  %28 = add i64 %26, %27
  %29 = load i64, ptr %7, align 8, !tbaa !9
  %30 = icmp ult i64 %28, %29
  br i1 %30, label %31, label %45

31:                                               ; preds = %25
  %32 = load ptr, ptr %6, align 8, !tbaa !5
  %33 = load i64, ptr %11, align 8, !tbaa !9
  %34 = load i64, ptr %14, align 8, !tbaa !9
  %35 = add i64 %33, %34
  %36 = getelementptr inbounds i8, ptr %32, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !13
  %38 = zext i8 %37 to i32
  %39 = load i8, ptr %13, align 1, !tbaa !13
  %40 = zext i8 %39 to i32
  %41 = icmp eq i32 %38, %40
  br i1 %41, label %42, label %45

42:                                               ; preds = %31
  %43 = load i64, ptr %14, align 8, !tbaa !9
  %44 = icmp ult i64 %43, 255
  br label %45

45:                                               ; preds = %42, %31, %25
  %46 = phi i1 [ false, %31 ], [ false, %25 ], [ %44, %42 ]
  br i1 %46, label %47, label %50

47:                                               ; preds = %45
  %48 = load i64, ptr %14, align 8, !tbaa !9
  %49 = add i64 %48, 1
  store i64 %49, ptr %14, align 8, !tbaa !9
  br label %25, !llvm.loop !16

50:                                               ; preds = %45
  %51 = load i64, ptr %10, align 8, !tbaa !9
  %52 = add i64 %51, 2
  %53 = load i64, ptr %9, align 8, !tbaa !9
  %54 = icmp ugt i64 %52, %53
  br i1 %54, label %55, label %56

55:                                               ; preds = %50
  store i64 0, ptr %5, align 8
  store i32 1, ptr %12, align 4
  br label %71

56:                                               ; preds = %50
  %57 = load i64, ptr %14, align 8, !tbaa !9
  %58 = trunc i64 %57 to i8
  %59 = load ptr, ptr %8, align 8, !tbaa !5
  %60 = load i64, ptr %10, align 8, !tbaa !9
  %61 = add i64 %60, 1
  store i64 %61, ptr %10, align 8, !tbaa !9
  %62 = getelementptr inbounds i8, ptr %59, i64 %60
  store i8 %58, ptr %62, align 1, !tbaa !13
  %63 = load i8, ptr %13, align 1, !tbaa !13
  %64 = load ptr, ptr %8, align 8, !tbaa !5
  %65 = load i64, ptr %10, align 8, !tbaa !9
  %66 = add i64 %65, 1
  store i64 %66, ptr %10, align 8, !tbaa !9
  %67 = getelementptr inbounds i8, ptr %64, i64 %65
  store i8 %63, ptr %67, align 1, !tbaa !13
  %68 = load i64, ptr %14, align 8, !tbaa !9
  %69 = load i64, ptr %11, align 8, !tbaa !9
  %70 = add i64 %69, %68
  store i64 %70, ptr %11, align 8, !tbaa !9
  store i32 0, ptr %12, align 4
  br label %71

71:                                               ; preds = %56, %55
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #5
  call void @llvm.lifetime.end.p0(i64 1, ptr %13) #5
  %72 = load i32, ptr %12, align 4
  switch i32 %72, label %74 [
    i32 0, label %73
  ]

73:                                               ; preds = %71
  br label %15, !llvm.loop !17

74:                                               ; preds = %71, %19
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #5
  %75 = load i32, ptr %12, align 4
  switch i32 %75, label %78 [
    i32 2, label %76
  ]

76:                                               ; preds = %74
  %77 = load i64, ptr %10, align 8, !tbaa !9
  store i64 %77, ptr %5, align 8
  store i32 1, ptr %12, align 4
  br label %78

78:                                               ; preds = %76, %74
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #5
  %79 = load i64, ptr %5, align 8
  ret i64 %79
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @histogram(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !5
  store i64 %1, ptr %5, align 8, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !5
  %8 = load ptr, ptr %6, align 8, !tbaa !5
  call void @llvm.memset.p0.i64(ptr align 4 %8, i8 0, i64 64, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !9
  br label %9

9:                                                ; preds = %26, %3
  %10 = load i64, ptr %7, align 8, !tbaa !9
  %11 = load i64, ptr %5, align 8, !tbaa !9
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #5
  br label %29

14:                                               ; preds = %9
  %15 = load ptr, ptr %6, align 8, !tbaa !5
  %16 = load ptr, ptr %4, align 8, !tbaa !5
  %17 = load i64, ptr %7, align 8, !tbaa !9
  %18 = getelementptr inbounds i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !13
  %20 = zext i8 %19 to i32
  %21 = ashr i32 %20, 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %15, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !11
  %25 = add i32 %24, 1
  store i32 %25, ptr %23, align 4, !tbaa !11
  br label %26

26:                                               ; preds = %14
  %27 = load i64, ptr %7, align 8, !tbaa !9
  %28 = add i64 %27, 1
  store i64 %28, ptr %7, align 8, !tbaa !9
  br label %9, !llvm.loop !18

29:                                               ; preds = %13
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca [256 x i8], align 16
  %9 = alloca [16 x i32], align 16
  %10 = alloca i64, align 8
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #5
  %11 = load i32, ptr %4, align 4, !tbaa !11
  %12 = icmp sgt i32 %11, 1
  br i1 %12, label %13, label %17

13:                                               ; preds = %2
  %14 = load ptr, ptr %5, align 8, !tbaa !5
  %15 = getelementptr inbounds ptr, ptr %14, i64 1
  %16 = load ptr, ptr %15, align 8, !tbaa !5
  br label %18

17:                                               ; preds = %2
  br label %18

18:                                               ; preds = %17, %13
  %19 = phi ptr [ %16, %13 ], [ @.str, %17 ]
  store ptr %19, ptr %6, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #5
  %20 = load ptr, ptr %6, align 8, !tbaa !5
  %21 = call i64 @strlen(ptr noundef %20) #6
  store i64 %21, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 256, ptr %8) #5
  call void @llvm.lifetime.start.p0(i64 64, ptr %9) #5
  call void @crc32_init() #7
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #5
  %22 = load ptr, ptr %6, align 8, !tbaa !5
  %23 = load i64, ptr %7, align 8, !tbaa !9
  %24 = getelementptr inbounds [256 x i8], ptr %8, i64 0, i64 0
  %25 = call i64 @rle_encode(ptr noundef %22, i64 noundef %23, ptr noundef %24, i64 noundef 256) #7
  store i64 %25, ptr %10, align 8, !tbaa !9
  %26 = load ptr, ptr %6, align 8, !tbaa !5
  %27 = load i64, ptr %7, align 8, !tbaa !9
  %28 = getelementptr inbounds [16 x i32], ptr %9, i64 0, i64 0
  call void @histogram(ptr noundef %26, i64 noundef %27, ptr noundef %28) #7
  %29 = load ptr, ptr %6, align 8, !tbaa !5
  %30 = load i64, ptr %7, align 8, !tbaa !9
  %31 = call i32 @crc32(ptr noundef %29, i64 noundef %30) #7
  %32 = load i64, ptr %10, align 8, !tbaa !9
  %33 = getelementptr inbounds [16 x i32], ptr %9, i64 0, i64 6
  %34 = load i32, ptr %33, align 8, !tbaa !11
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %31, i64 noundef %32, i32 noundef %34) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #5
  call void @llvm.lifetime.end.p0(i64 64, ptr %9) #5
  call void @llvm.lifetime.end.p0(i64 256, ptr %8) #5
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #5
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #5
  ret i32 0
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_init() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %1) #5
  store i32 0, ptr %1, align 4, !tbaa !11
  br label %5

5:                                                ; preds = %36, %0
  %6 = load i32, ptr %1, align 4, !tbaa !11
  %7 = icmp ult i32 %6, 256
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %1) #5
  br label %39

9:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #5
  %10 = load i32, ptr %1, align 4, !tbaa !11
  store i32 %10, ptr %3, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !11
  br label %11

11:                                               ; preds = %28, %9
  %12 = load i32, ptr %4, align 4, !tbaa !11
  %13 = icmp slt i32 %12, 8
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #5
  br label %31

15:                                               ; preds = %11
  %16 = load i32, ptr %3, align 4, !tbaa !11
  %17 = and i32 %16, 1
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %15
  %20 = load i32, ptr %3, align 4, !tbaa !11
  %21 = lshr i32 %20, 1
  %22 = xor i32 -306674912, %21
  br label %26

23:                                               ; preds = %15
  %24 = load i32, ptr %3, align 4, !tbaa !11
  %25 = lshr i32 %24, 1
  br label %26

26:                                               ; preds = %23, %19
  %27 = phi i32 [ %22, %19 ], [ %25, %23 ]
  store i32 %27, ptr %3, align 4, !tbaa !11
  br label %28

28:                                               ; preds = %26
  %29 = load i32, ptr %4, align 4, !tbaa !11
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %4, align 4, !tbaa !11
  br label %11, !llvm.loop !19

31:                                               ; preds = %14
  %32 = load i32, ptr %3, align 4, !tbaa !11
  %33 = load i32, ptr %1, align 4, !tbaa !11
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %34
  store i32 %32, ptr %35, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #5
  br label %36

36:                                               ; preds = %31
  %37 = load i32, ptr %1, align 4, !tbaa !11
  %38 = add i32 %37, 1
  store i32 %38, ptr %1, align 4, !tbaa !11
  br label %5, !llvm.loop !20

39:                                               ; preds = %8
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize nounwind optsize willreturn memory(read) }
attributes #7 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = !{!7, !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = distinct !{!20, !15}
